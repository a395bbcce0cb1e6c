package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.FUNCTIONS;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isGetAtt;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Least privilege in every policy of the template: each function may do what its job needs and nothing its job does
 * not, and no statement allows more than it names.
 */
class TemplateIamTest {

    /**
     * Statements allowed to name Resource "*", keyed "logical id/Sid", with the reason. In a KMS key policy the
     * resource "*" is the key the policy is attached to, nothing else.
     */
    private static final Map<String, String> RESOURCE_STAR_ALLOWED = Map.of(
            "AlarmTopicKey/AccountAdministersKey", "key policy: '*' is this key; delegates its use to IAM",
            "AlarmTopicKey/CloudWatchAlarmsPublish", "key policy: '*' is this key; lets alarms publish to the topic");

    record Statement(String owner, String sid, JsonNode body) {
        boolean allows() {
            return "Allow".equals(body.path("Effect").asText());
        }

        @Override
        public String toString() {
            return owner + "/" + sid;
        }
    }

    static Stream<Statement> statements() {
        List<Statement> out = new ArrayList<>();
        RepositoryTemplate.root("Resources").fields().forEachRemaining(r -> {
            JsonNode p = r.getValue().path("Properties");
            switch (r.getValue().path("Type").asText()) {
                case "AWS::Serverless::Function" ->
                        p.path("Policies").forEach(doc -> addStatements(r.getKey(), doc, out));
                case "AWS::IAM::Role" -> p.path("Policies")
                        .forEach(doc -> addStatements(r.getKey(), doc.path("PolicyDocument"), out));
                case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy",
                        "AWS::SNS::TopicPolicy" -> addStatements(r.getKey(), p.path("PolicyDocument"), out);
                case "AWS::KMS::Key" -> addStatements(r.getKey(), p.path("KeyPolicy"), out);
                default -> {
                }
            }
        });
        return out.stream();
    }

    private static void addStatements(String owner, JsonNode document, List<Statement> out) {
        List<JsonNode> list = asList(document.path("Statement"));
        for (int i = 0; i < list.size(); i++) {
            out.add(new Statement(owner, list.get(i).path("Sid").asText("#" + i), list.get(i)));
        }
    }

    @Test
    void thereArePolicyStatementsToCheck() {
        assertThat(statements().map(Statement::owner)).as("owners of policy statements")
                .contains("IngestUpload", "ValidateEligibility", "RedactExpiredRefusals", "MonthlyPremium",
                        "ComputeClaimBenefit", "Api", "UploadBucketPolicy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void allowStatementNamesActionsAndResources(Statement statement) {
        if (!statement.allows()) {
            return; // a deny with wildcards narrows access; it cannot widen it
        }
        assertThat(statement.body().has("NotAction")).as("%s uses NotAction", statement).isFalse();
        assertThat(statement.body().has("NotResource")).as("%s uses NotResource", statement).isFalse();
        List<String> actions = asList(statement.body().path("Action")).stream().map(JsonNode::asText).toList();
        assertThat(actions).as("%s actions", statement).isNotEmpty()
                .allSatisfy(a -> assertThat(a).as("%s action", statement).isNotEqualTo("*").doesNotEndWith(":*"));
        boolean star = asList(statement.body().path("Resource")).stream()
                .anyMatch(r -> r.isTextual() && r.asText().equals("*"));
        if (star) {
            assertThat(RESOURCE_STAR_ALLOWED).as("%s has Resource \"*\" without a recorded reason", statement)
                    .containsKey(statement.toString());
        }
        assertThat(asList(statement.body().path("Resource"))).as("%s resources", statement).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("id.pekalongan.batikberlian.template.RepositoryTemplate#functionNames")
    void functionPoliciesAreInlineStatementsOrScopedTemplates(String function) {
        for (JsonNode policy : properties(function).path("Policies")) {
            // A bare string would be an AWS managed policy such as AmazonDynamoDBFullAccess: far too wide.
            assertThat(policy.isObject()).as("%s policy %s", function, policy).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "IngestUpload,        s3:GetObject,      incoming/*",
            "IngestUpload,        s3:GetObject,      preflight/*",
            "IngestUpload,        s3:PutObject,      reports/*",
            "MonthlyPremium,      s3:PutObject,      invoices/*",
            "Api,                 s3:GetObject,      reports/*",
            "Api,                 s3:GetObject,      invoices/*",
            "Api,                 s3:PutObject,      incoming/*",
            "IngestUpload,        dynamodb:PutItem,  ApplicantsTable",
            "IngestUpload,        dynamodb:PutItem,  UploadsTable",
            "IngestUpload,        dynamodb:GetItem,  ProgrammeTable",
            "ValidateEligibility, dynamodb:UpdateItem, ApplicantsTable",
            "ValidateEligibility, dynamodb:Query,    ApplicantsTable/index/*",
            "ValidateEligibility, dynamodb:UpdateItem, ProgrammeTable",
            "ValidateEligibility, sqs:SendMessage,   EligibilityFailureQueue",
            "RedactExpiredRefusals, dynamodb:Query,      ApplicantsTable/index/byStatus",
            "RedactExpiredRefusals, dynamodb:DeleteItem, ApplicantsTable",
            "RedactExpiredRefusals, dynamodb:PutItem,    ApplicantsTable",
            "MonthlyPremium,      dynamodb:Query,    ApplicantsTable/index/*",
            "MonthlyPremium,      dynamodb:UpdateItem, ApplicantsTable",
            "MonthlyPremium,      dynamodb:PutItem,  BillingTable",
            "MonthlyPremium,      dynamodb:UpdateItem, ProgrammeTable",
            "MonthlyPremium,      dynamodb:Query,    ClaimsTable",
            "ComputeClaimBenefit, dynamodb:GetItem,  ApplicantsTable",
            "ComputeClaimBenefit, dynamodb:Query,    BillingTable",
            "ComputeClaimBenefit, dynamodb:PutItem,  ClaimsTable",
            "ComputeClaimBenefit, dynamodb:UpdateItem, ProgrammeTable",
            "Api,                 dynamodb:PutItem,  ApplicantsTable",
            "Api,                 dynamodb:PutItem,  UploadsTable",
            "Api,                 dynamodb:PutItem,  ProgrammeTable",
            "Api,                 dynamodb:PutItem,  BillingTable",
            "Api,                 dynamodb:PutItem,  ClaimsTable",
            "Api,                 dynamodb:Query,    ClaimsTable/index/*",
            "IngestUpload,        lambda:InvokeFunction, IngestUpload",
    })
    void functionIsGrantedWhatItsJobNeeds(String function, String action, String target) {
        assertThat(grants(function, action, target)).as("%s may %s on %s", function, action, target).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "IngestUpload,        dynamodb:PutItem,  ProgrammeTable",
            "IngestUpload,        dynamodb:PutItem,  BillingTable",
            "IngestUpload,        s3:PutObject,      incoming/*",
            "ValidateEligibility, dynamodb:PutItem,  BillingTable",
            "ValidateEligibility, dynamodb:GetItem,  ClaimsTable",
            "MonthlyPremium,      dynamodb:PutItem,  ClaimsTable",
            "MonthlyPremium,      dynamodb:PutItem,  ApplicantsTable",
            "ComputeClaimBenefit, dynamodb:PutItem,  ApplicantsTable",
            "ComputeClaimBenefit, dynamodb:PutItem,  BillingTable",
            "ComputeClaimBenefit, s3:GetObject,      reports/*",
            "Api,                 s3:PutObject,      reports/*",
            "Api,                 s3:GetObject,      incoming/*",
            "IngestUpload,        lambda:InvokeFunction, ValidateEligibility",
            "IngestUpload,        lambda:InvokeFunction, ComputeClaimBenefit",
            "ValidateEligibility, lambda:InvokeFunction, IngestUpload",
            "RedactExpiredRefusals, dynamodb:Query,      ApplicantsTable/index/byKelurahan",
            "RedactExpiredRefusals, dynamodb:Query,      ApplicantsTable/index/*",
            "RedactExpiredRefusals, dynamodb:Scan,       ApplicantsTable",
            "RedactExpiredRefusals, dynamodb:UpdateItem, ApplicantsTable",
            "RedactExpiredRefusals, dynamodb:GetItem,    ProgrammeTable",
            "RedactExpiredRefusals, dynamodb:PutItem,    ProgrammeTable",
            "RedactExpiredRefusals, dynamodb:PutItem,    UploadsTable",
            "RedactExpiredRefusals, dynamodb:GetItem,    BillingTable",
            "RedactExpiredRefusals, dynamodb:GetItem,    ClaimsTable",
            "RedactExpiredRefusals, s3:GetObject,        reports/*",
            "RedactExpiredRefusals, sqs:SendMessage,     EligibilityFailureQueue",
    })
    void functionIsNotGrantedWhatItsJobDoesNotNeed(String function, String action, String target) {
        assertThat(grants(function, action, target)).as("%s may %s on %s", function, action, target).isFalse();
    }

    private static boolean grants(String function, String action, String target) {
        return statements()
                .filter(s -> s.owner().equals(function) && s.allows())
                .filter(s -> asList(s.body().path("Action")).stream().anyMatch(a -> a.asText().equals(action)))
                .flatMap(s -> asList(s.body().path("Resource")).stream())
                .anyMatch(r -> names(r, target));
    }

    /**
     * Whether a policy resource denotes a table, its indexes ("Table/index/*" all of them, "Table/index/name" one,
     * which "index/*" also covers) or a bucket prefix ("reports/*").
     */
    private static boolean names(JsonNode resource, String target) {
        if (target.contains("/index/")) {
            String table = target.substring(0, target.indexOf('/'));
            String index = target.substring(target.lastIndexOf('/') + 1);
            String sub = resource.has("Fn::Sub") ? resource.get("Fn::Sub").asText() : "";
            return sub.equals("${" + table + ".Arn}/index/*") || sub.equals("${" + table + ".Arn}/index/" + index);
        }
        if (target.endsWith("Table") || target.endsWith("Queue")) {
            return isGetAtt(resource, target, "Arn");
        }
        String text = resource.has("Fn::Sub") ? template().resolve(resource) : resource.asText();
        if (FUNCTIONS.contains(target)) {
            return isGetAtt(resource, target, "Arn") || text.equals(functionArn(target));
        }
        return text.equals("arn:aws:s3:::" + template().ref("UploadBucket") + "/" + target);
    }

    /** The ARN a function gets in the test account: only a named function has one known before it exists. */
    private static String functionArn(String function) {
        return "arn:aws:lambda:ap-southeast-3:000000000000:function:" + template().ref(function);
    }

    @Test
    void onlyIngestUploadIsEverInvokedByAFunctionAndOnlyByAnArnBuiltFromItsName() {
        // The function's own name, not the logical id: a !GetAtt IngestUpload.Arn in its own policy is a cycle.
        assertThat(template().resolve(properties("IngestUpload").path("FunctionName")))
                .isEqualTo("batik-berlian-IngestUpload");
        List<Statement> invokes = statements().filter(s -> s.allows() && asList(s.body().path("Action")).stream()
                .anyMatch(a -> a.asText().startsWith("lambda:"))).toList();
        // IngestUpload continues a long file in itself; Api resumes a stalled upload (POST /uploads/{id}/resume).
        assertThat(invokes).as("statements granting a lambda: action").extracting(Statement::owner)
                .containsExactlyInAnyOrder("IngestUpload", "Api");
        for (Statement invoke : invokes) {
            assertThat(asList(invoke.body().path("Action")).stream().map(JsonNode::asText))
                    .containsExactly("lambda:InvokeFunction");
            assertThat(asList(invoke.body().path("Resource")).stream().map(r -> template().resolve(r)))
                    .containsExactly(functionArn("IngestUpload"));
            assertThat(invoke.body().path("Resource").toString()).doesNotContain("GetAtt");
        }
        assertThat(template().resolve(properties("Api").path("Environment").path("Variables")
                .path("INGEST_FUNCTION_NAME"))).isEqualTo("batik-berlian-IngestUpload");
    }
}
