package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.FUNCTIONS;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.effective;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.environmentVariable;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.events;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isGetAtt;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.resource;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.BatikBerlianApplication;
import id.pekalongan.batikberlian.emulators.TemplateTables;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/** The deployable shape of template.yaml: what other code and the operators rely on. */
class TemplateStructureTest {

    private static final String FUNCTION_INVOKER =
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    /**
     * Statements allowed to name Resource "*", keyed "logical id/Sid", with the reason. In a KMS key policy the
     * resource "*" is the key the policy is attached to, nothing else.
     */
    private static final Map<String, String> RESOURCE_STAR_ALLOWED = Map.of(
            "AlarmTopicKey/AccountAdministersKey", "key policy: '*' is this key; delegates its use to IAM",
            "AlarmTopicKey/CloudWatchAlarmsPublish", "key policy: '*' is this key; lets alarms publish to the topic");

    // ---------------------------------------------------------------------------------------------------- functions

    @ParameterizedTest
    @MethodSource("functionNames")
    void functionRunsItsOwnBeanThroughFunctionInvokerOnJava21(String function) {
        assertThat(resource(function).path("Type").asText()).as("%s type", function)
                .isEqualTo("AWS::Serverless::Function");
        assertThat(effective(function, "Handler").asText()).as("%s handler", function).isEqualTo(FUNCTION_INVOKER);
        assertThat(effective(function, "Runtime").asText()).as("%s runtime", function).isEqualTo("java21");
        assertThat(environmentVariable(function, "SPRING_CLOUD_FUNCTION_DEFINITION"))
                .as("%s SPRING_CLOUD_FUNCTION_DEFINITION", function).contains(function);
        assertThat(environmentVariable(function, "MAIN_CLASS"))
                .as("%s MAIN_CLASS", function).contains(BatikBerlianApplication.class.getName());
    }

    @ParameterizedTest
    @MethodSource("functionNames")
    void functionIsPublishedWithSnapStartBehindAnAlias(String function) {
        assertThat(effective(function, "SnapStart").path("ApplyOn").asText()).as("%s SnapStart", function)
                .isEqualTo("PublishedVersions");
        assertThat(effective(function, "AutoPublishAlias").asText("")).as("%s AutoPublishAlias", function)
                .isNotBlank();
        assertThat(effective(function, "Tracing").asText()).as("%s tracing", function).isEqualTo("Active");
        assertThat(effective(function, "LoggingConfig").path("LogFormat").asText()).as("%s log format", function)
                .isEqualTo("JSON");
    }

    @ParameterizedTest
    @CsvSource({
            "STAGE,                Stage",
            "APPLICANTS_TABLE,     ApplicantsTable",
            "UPLOADS_TABLE,        UploadsTable",
            "PROGRAMME_TABLE,      ProgrammeTable",
            "BILLING_TABLE,        BillingTable",
            "CLAIMS_TABLE,         ClaimsTable",
            "PROGRAMME_QUOTA,      ProgrammeQuota",
            "ANNUAL_BUDGET_RUPIAH, AnnualBudgetRupiah",
    })
    void sharedEnvironmentVariableRefersToItsSource(String variable, String source) {
        JsonNode value = RepositoryTemplate.globalFunction().path("Environment").path("Variables").path(variable);
        assertThat(isRef(value, source)).as("Globals %s = %s", variable, value).isTrue();
    }

    @Test
    void uploadBucketVariableIsBuiltByNameNotByReference() {
        JsonNode value = RepositoryTemplate.globalFunction().path("Environment").path("Variables")
                .path("UPLOAD_BUCKET");
        assertThat(value.has("Fn::Sub")).as("UPLOAD_BUCKET = %s", value).isTrue();
        assertThat(template().resolve(value)).as("UPLOAD_BUCKET resolved")
                .isEqualTo(template().ref("UploadBucket"));
    }

    @Test
    void everyFunctionInTheTemplateIsOneOfTheFiveBeans() {
        Map<String, JsonNode> functions = template().resourcesOfType("AWS::Serverless::Function");
        assertThat(functions.keySet()).as("functions in template.yaml").containsExactlyInAnyOrderElementsOf(FUNCTIONS);
        functions.keySet().forEach(f -> assertThat(environmentVariable(f, "SPRING_CLOUD_FUNCTION_DEFINITION"))
                .as("%s bean", f).hasValueSatisfying(bean -> assertThat(FUNCTIONS).contains(bean)));
    }

    /** The beans are what the deployed functions will ask Spring Cloud Function for, by name. */
    @Test
    void theApplicationContextHasABeanForEveryFunction() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BatikBerlianApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.lazy-initialization=true", "spring.main.banner-mode=off")
                .run()) {
            List<String> missing = FUNCTIONS.stream().filter(name -> !context.containsBean(name)).toList();
            assertThat(missing).as("function beans missing from the application context").isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------- references

    @Test
    void everyReferenceNamesAParameterOrAResource() {
        Set<String> known = new TreeSet<>();
        RepositoryTemplate.root("Parameters").fieldNames().forEachRemaining(known::add);
        RepositoryTemplate.root("Resources").fieldNames().forEachRemaining(known::add);
        List<String> dangling = new ArrayList<>();
        for (String section : List.of("Globals", "Resources", "Outputs", "Conditions")) {
            collectDangling(RepositoryTemplate.root(section), section, known, Set.of(), dangling);
        }
        assertThat(dangling).as("references to nothing").isEmpty();
    }

    private static void collectDangling(JsonNode node, String at, Set<String> known, Set<String> subVariables,
                                        List<String> dangling) {
        if (node.isObject()) {
            if (node.has("Ref") && node.size() == 1 && node.get("Ref").isTextual()) {
                checkName(node.get("Ref").asText(), at, known, subVariables, dangling);
                return;
            }
            if (node.has("Fn::GetAtt")) {
                JsonNode args = node.get("Fn::GetAtt");
                String target = args.isArray() ? args.path(0).asText() : args.asText().split("\\.", 2)[0];
                checkName(target, at, known, Set.of(), dangling);
                return;
            }
            if (node.has("Fn::Sub")) {
                JsonNode sub = node.get("Fn::Sub");
                Set<String> local = new LinkedHashSet<>();
                if (sub.isArray() && sub.size() > 1) {
                    sub.get(1).fieldNames().forEachRemaining(local::add);
                    collectDangling(sub.get(1), at + ".Fn::Sub", known, Set.of(), dangling);
                }
                String text = sub.isArray() ? sub.path(0).asText() : sub.asText();
                Matcher m = SUB_VARIABLE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).startsWith("!")) {
                        checkName(m.group(1).split("\\.", 2)[0], at, known, local, dangling);
                    }
                }
                return;
            }
            node.fields().forEachRemaining(f -> collectDangling(f.getValue(), at + "." + f.getKey(), known,
                    subVariables, dangling));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDangling(node.get(i), at + "[" + i + "]", known, subVariables, dangling);
            }
        }
    }

    private static void checkName(String name, String at, Set<String> known, Set<String> local, List<String> out) {
        if (!name.startsWith("AWS::") && !known.contains(name) && !local.contains(name)) {
            out.add(at + " -> " + name);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "IngestUpload, IncomingObject",
            "IngestUpload, PreflightObject",
    })
    void aFunctionNotifiedByTheBucketNamesItWithoutReferencingIt(String function, String event) {
        JsonNode source = events(function, "S3").get(event);
        assertThat(source).as("%s S3 event %s", function, event).isNotNull();
        assertThat(isRef(source.path("Bucket"), "UploadBucket")).as("%s bucket", event).isTrue();
        // The bucket's notification configuration depends on the function: a reference back would be a cycle.
        String own = ((com.fasterxml.jackson.databind.node.ObjectNode) properties(function).deepCopy()).without("Events").toString()
                + RepositoryTemplate.globalFunction().toString();
        assertThat(own).as("%s outside its events", function)
                .doesNotContain("{\"Ref\":\"UploadBucket\"}")
                .doesNotContain("[\"UploadBucket\",")
                .doesNotContain("${UploadBucket");
    }

    // --------------------------------------------------------------------------------------------------- policies

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
                .contains("IngestUpload", "ValidateEligibility", "MonthlyPremium", "ComputeClaimBenefit", "Api",
                        "UploadBucketPolicy");
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
    @MethodSource("functionNames")
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
        boolean granted = statements()
                .filter(s -> s.owner().equals(function) && s.allows())
                .filter(s -> asList(s.body().path("Action")).stream().anyMatch(a -> a.asText().equals(action)))
                .flatMap(s -> asList(s.body().path("Resource")).stream())
                .anyMatch(r -> names(r, target));
        assertThat(granted).as("%s may %s on %s", function, action, target).isTrue();
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
            "Api,                 lambda:InvokeFunction, IngestUpload",
            "ValidateEligibility, lambda:InvokeFunction, IngestUpload",
    })
    void functionIsNotGrantedWhatItsJobDoesNotNeed(String function, String action, String target) {
        boolean granted = statements()
                .filter(s -> s.owner().equals(function) && s.allows())
                .filter(s -> asList(s.body().path("Action")).stream().anyMatch(a -> a.asText().equals(action)))
                .flatMap(s -> asList(s.body().path("Resource")).stream())
                .anyMatch(r -> names(r, target));
        assertThat(granted).as("%s may %s on %s", function, action, target).isFalse();
    }

    /** Whether a policy resource denotes a table (or its indexes, "Table/index/*") or a bucket prefix ("reports/*"). */
    private static boolean names(JsonNode resource, String target) {
        if (target.endsWith("/index/*")) {
            String table = target.substring(0, target.indexOf('/'));
            return resource.has("Fn::Sub") && resource.get("Fn::Sub").asText().equals("${" + table + ".Arn}/index/*");
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
    void ingestUploadMayInvokeOnlyItselfByAnArnBuiltFromItsOwnName() {
        // The function's own name, not the logical id: a !GetAtt IngestUpload.Arn in its own policy is a cycle.
        assertThat(template().resolve(properties("IngestUpload").path("FunctionName")))
                .isEqualTo("batik-berlian-IngestUpload");
        List<Statement> invokes = statements().filter(s -> s.allows() && asList(s.body().path("Action")).stream()
                .anyMatch(a -> a.asText().startsWith("lambda:"))).toList();
        assertThat(invokes).as("statements granting a lambda: action").hasSize(1);
        Statement invoke = invokes.get(0);
        assertThat(invoke.owner()).isEqualTo("IngestUpload");
        assertThat(asList(invoke.body().path("Action")).stream().map(JsonNode::asText))
                .containsExactly("lambda:InvokeFunction");
        assertThat(asList(invoke.body().path("Resource")).stream().map(r -> template().resolve(r)))
                .containsExactly(functionArn("IngestUpload"));
        assertThat(invoke.body().path("Resource").toString()).doesNotContain("GetAtt");
    }

    // ------------------------------------------------------------------------------------------ bucket and tables

    @Test
    void uploadBucketIsPrivateVersionedAndEncrypted() {
        JsonNode bucket = properties("UploadBucket");
        JsonNode block = bucket.path("PublicAccessBlockConfiguration");
        for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
                "RestrictPublicBuckets")) {
            assertThat(block.path(flag).asBoolean(false)).as("UploadBucket %s", flag).isTrue();
        }
        assertThat(bucket.path("OwnershipControls").path("Rules").path(0).path("ObjectOwnership").asText())
                .isEqualTo("BucketOwnerEnforced");
        assertThat(bucket.path("VersioningConfiguration").path("Status").asText()).isEqualTo("Enabled");
        assertThat(bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").path(0)
                .path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText())
                .as("UploadBucket encryption").isIn("AES256", "aws:kms", "aws:kms:dsse");
        assertThat(resource("UploadBucket").path("DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(template().ref("UploadBucket")).isEqualTo("batik-berlian-uploads-000000000000");
    }

    @ParameterizedTest
    @CsvSource({
            "reports/,   400, ",
            "preflight/, 7,   ",
    })
    void uploadBucketExpiresWhatIsNotKept(String prefix, int days) {
        boolean found = false;
        for (JsonNode rule : properties("UploadBucket").path("LifecycleConfiguration").path("Rules")) {
            String rulePrefix = rule.has("Prefix") ? rule.path("Prefix").asText()
                    : rule.path("Filter").path("Prefix").asText(null);
            if (prefix.equals(rulePrefix) && "Enabled".equals(rule.path("Status").asText())) {
                assertThat(rule.path("ExpirationInDays").asInt()).as("%s expiry", prefix).isEqualTo(days);
                found = true;
            }
        }
        assertThat(found).as("lifecycle rule for %s", prefix).isTrue();
    }

    @Test
    void uploadBucketCleansUpOldVersionsAndAbandonedUploads() {
        JsonNode rules = properties("UploadBucket").path("LifecycleConfiguration").path("Rules");
        boolean noncurrent = false;
        boolean multipart = false;
        for (JsonNode rule : rules) {
            noncurrent |= rule.path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt() == 90;
            multipart |= rule.path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt() == 7;
        }
        assertThat(noncurrent).as("noncurrent versions expire after 90 days").isTrue();
        assertThat(multipart).as("incomplete multipart uploads abort after 7 days").isTrue();
    }

    @Test
    void uploadBucketAcceptsPresignedPutsFromTheFormOnly() {
        JsonNode rules = properties("UploadBucket").path("CorsConfiguration").path("CorsRules");
        assertThat(rules.size()).isPositive();
        for (JsonNode rule : rules) {
            assertThat(asList(rule.path("AllowedOrigins"))).as("CORS origins")
                    .allSatisfy(o -> assertThat(isRef(o, "FormOrigin")).as("origin %s", o).isTrue());
        }
        assertThat(asList(rules.path(0).path("AllowedMethods")).stream().map(JsonNode::asText)).contains("PUT");
    }

    @Test
    void uploadBucketPolicyRefusesPlainHttp() {
        Map<String, JsonNode> policies = template().resourcesOfType("AWS::S3::BucketPolicy");
        boolean denies = policies.values().stream()
                .filter(p -> isRef(p.path("Properties").path("Bucket"), "UploadBucket"))
                .flatMap(p -> asList(p.path("Properties").path("PolicyDocument").path("Statement")).stream())
                .anyMatch(s -> "Deny".equals(s.path("Effect").asText())
                        && "false".equals(s.path("Condition").path("Bool").path("aws:SecureTransport").asText())
                        && "*".equals(s.path("Principal").asText())
                        && asList(s.path("Action")).stream().anyMatch(a -> a.asText().equals("s3:*"))
                        && asList(s.path("Resource")).stream().map(r -> template().resolve(r)).toList()
                                .containsAll(List.of("arn:aws:s3:::batik-berlian-uploads-000000000000",
                                        "arn:aws:s3:::batik-berlian-uploads-000000000000/*")));
        assertThat(denies).as("UploadBucketPolicy denies aws:SecureTransport=false on bucket and objects").isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "ApplicantsTable, batik-berlian-applicants, nik,      ",
            "UploadsTable,    batik-berlian-uploads,    uploadId, ",
            "ProgrammeTable,  batik-berlian-programme,  pk,       sk",
            "BillingTable,    batik-berlian-billing,    period,   sk",
            "ClaimsTable,     batik-berlian-claims,     claimId,  ",
    })
    void tableIsOnDemandRecoverableEncryptedAndRetained(String table, String name, String hash, String range) {
        JsonNode p = properties(table);
        assertThat(resource(table).path("Type").asText()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(template().ref(table)).as("%s name", table).isEqualTo(name);
        assertThat(p.path("BillingMode").asText()).as("%s billing", table).isEqualTo("PAY_PER_REQUEST");
        assertThat(p.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean())
                .as("%s PITR", table).isTrue();
        assertThat(p.path("SSESpecification").path("SSEEnabled").asBoolean()).as("%s SSE", table).isTrue();
        assertThat(resource(table).path("DeletionPolicy").asText()).as("%s DeletionPolicy", table)
                .isEqualTo("Retain");
        assertThat(resource(table).path("UpdateReplacePolicy").asText()).as("%s UpdateReplacePolicy", table)
                .isEqualTo("Retain");
        assertThat(keys(p.path("KeySchema"))).as("%s key", table)
                .isEqualTo(range == null ? List.of(hash + " HASH") : List.of(hash + " HASH", range + " RANGE"));
    }

    @ParameterizedTest
    @CsvSource({
            "ApplicantsTable, byKelurahan, kelurahanCode, statusNik",
            "ApplicantsTable, byStatus,    status,        nik",
            "UploadsTable,    byKelurahan, kelurahanCode, receivedAt",
            "BillingTable,    byNik,       nik,           period",
            "ClaimsTable,     byNik,       nik,           incidentDate",
    })
    void tableHasTheIndexItsQueriesUse(String table, String index, String hash, String range) {
        JsonNode gsi = null;
        for (JsonNode candidate : properties(table).path("GlobalSecondaryIndexes")) {
            if (index.equals(candidate.path("IndexName").asText())) {
                gsi = candidate;
            }
        }
        assertThat(gsi).as("%s index %s", table, index).isNotNull();
        assertThat(keys(gsi.path("KeySchema"))).isEqualTo(List.of(hash + " HASH", range + " RANGE"));
        for (String attribute : List.of(hash, range)) {
            boolean defined = false;
            for (JsonNode def : properties(table).path("AttributeDefinitions")) {
                defined |= attribute.equals(def.path("AttributeName").asText())
                        && "S".equals(def.path("AttributeType").asText());
            }
            assertThat(defined).as("%s defines %s as S", table, attribute).isTrue();
        }
    }

    /** The local stack resolves only Ref, Fn::Sub and Fn::Join when it builds these from the template. */
    @ParameterizedTest
    @CsvSource({"ApplicantsTable", "UploadsTable", "ProgrammeTable", "BillingTable", "ClaimsTable", "UploadBucket"})
    void localStackCanReadTheDefinition(String logicalId) {
        List<String> others = new ArrayList<>();
        collectIntrinsics(properties(logicalId), logicalId, others);
        assertThat(others).as("intrinsics other than Ref/Fn::Sub/Fn::Join in %s", logicalId).isEmpty();
    }

    @Test
    void localStackBuildsTheFiveTablesFromTheTemplate() {
        List<CreateTableRequest> requests = new TemplateTables(template()).createRequests();
        assertThat(requests.stream().map(CreateTableRequest::tableName)).containsExactlyInAnyOrder(
                "batik-berlian-applicants", "batik-berlian-uploads", "batik-berlian-programme",
                "batik-berlian-billing", "batik-berlian-claims");
        assertThat(requests.stream().filter(r -> r.tableName().endsWith("-applicants")).findFirst().orElseThrow()
                .globalSecondaryIndexes()).hasSize(2);
    }

    private static void collectIntrinsics(JsonNode node, String at, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String key = f.getKey();
                if ((key.startsWith("Fn::") || key.equals("Ref")) && !List.of("Ref", "Fn::Sub", "Fn::Join")
                        .contains(key)) {
                    found.add(at + "." + key);
                }
                collectIntrinsics(f.getValue(), at + "." + key, found);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectIntrinsics(node.get(i), at + "[" + i + "]", found);
            }
        }
    }

    @Test
    void applicantsTableStreamsBothImagesAndExpiresOnTtl() {
        JsonNode p = properties("ApplicantsTable");
        assertThat(p.path("StreamSpecification").path("StreamViewType").asText()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(p.path("TimeToLiveSpecification").path("AttributeName").asText()).isEqualTo("expiresAt");
        assertThat(p.path("TimeToLiveSpecification").path("Enabled").asBoolean()).isTrue();
    }

    private static List<String> keys(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.forEach(k -> out.add(k.path("AttributeName").asText() + " " + k.path("KeyType").asText()));
        return out;
    }

    // ------------------------------------------------------------------------------------------------ event sources

    @Test
    void eligibilityStreamReportsPartialFailuresAndParksWhatItCannotDecide() throws Exception {
        Map<String, JsonNode> streams = events("ValidateEligibility", "DynamoDB");
        assertThat(streams).hasSize(1);
        JsonNode stream = streams.values().iterator().next();
        assertThat(isGetAtt(stream.path("Stream"), "ApplicantsTable", "StreamArn")).isTrue();
        assertThat(stream.path("StartingPosition").asText()).isEqualTo("TRIM_HORIZON");
        assertThat(stream.path("BatchSize").asInt()).isEqualTo(100);
        assertThat(stream.path("MaximumBatchingWindowInSeconds").asInt()).isEqualTo(5);
        assertThat(asList(stream.path("FunctionResponseTypes")).stream().map(JsonNode::asText))
                .containsExactly("ReportBatchItemFailures");
        assertThat(stream.path("BisectBatchOnFunctionError").asBoolean()).isTrue();
        assertThat(stream.path("MaximumRetryAttempts").asInt()).isEqualTo(5);
        assertThat(stream.path("MaximumRecordAgeInSeconds").asInt()).isEqualTo(86400);
        assertThat(isGetAtt(stream.path("DestinationConfig").path("OnFailure").path("Destination"),
                "EligibilityFailureQueue", "Arn")).as("OnFailure destination").isTrue();
        JsonNode filters = stream.path("FilterCriteria").path("Filters");
        assertThat(filters.size()).isEqualTo(1);
        assertThat(JSON.readTree(filters.get(0).path("Pattern").asText())).isEqualTo(JSON.readTree(
                "{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"PENDING\"]}}}}"));
    }

    @Test
    void premiumRunIsScheduledForTheFirstOfTheMonthInJakarta() throws Exception {
        Map<String, JsonNode> schedules = events("MonthlyPremium", "ScheduleV2");
        assertThat(schedules).hasSize(1);
        JsonNode schedule = schedules.values().iterator().next();
        assertThat(schedule.path("ScheduleExpression").asText()).isEqualTo("cron(5 0 1 * ? *)");
        assertThat(schedule.path("ScheduleExpressionTimezone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(JSON.readTree(schedule.path("Input").asText()).path("scheduledTime").asText())
                .isEqualTo("<aws.scheduler.scheduled-time>");
        assertThat(schedule.path("RetryPolicy").path("MaximumRetryAttempts").asInt()).isEqualTo(3);
        assertThat(isGetAtt(schedule.path("DeadLetterConfig").path("Arn"), "ScheduleDeadLetterQueue", "Arn"))
                .as("schedule dead-letter queue").isTrue();
    }

    @Test
    void failedUploadEventsAreRetriedTwiceThenParked() {
        JsonNode p = properties("IngestUpload");
        assertThat(p.path("DeadLetterQueue").path("Type").asText()).isEqualTo("SQS");
        assertThat(isGetAtt(p.path("DeadLetterQueue").path("TargetArn"), "IngestUploadDeadLetterQueue", "Arn"))
                .isTrue();
        assertThat(p.path("EventInvokeConfig").path("MaximumRetryAttempts").asInt()).isEqualTo(2);
        assertThat(events("IngestUpload", "S3").values()).allSatisfy(e ->
                assertThat(asList(e.path("Events")).stream().map(JsonNode::asText)).contains("s3:ObjectCreated:*"));
    }

    @ParameterizedTest
    @CsvSource({
            "IngestUploadDeadLetterQueue",
            "EligibilityFailureQueue",
            "ScheduleDeadLetterQueue",
    })
    void queueKeepsMessagesTwoWeeksEncrypted(String queue) {
        assertThat(resource(queue).path("Type").asText()).isEqualTo("AWS::SQS::Queue");
        assertThat(properties(queue).path("SqsManagedSseEnabled").asBoolean()).isTrue();
        assertThat(properties(queue).path("MessageRetentionPeriod").asInt()).isEqualTo(1209600);
    }

    // -------------------------------------------------------------------------------------------------- HTTP API

    record Route(String method, String path, boolean isPublic) {
        @Override
        public String toString() {
            return method + " " + path + (isPublic ? " (public)" : " (JWT)");
        }
    }

    static Stream<Route> routes() {
        return Stream.of(
                new Route("GET", "/", true),
                new Route("GET", "/ui/{proxy+}", true),
                new Route("POST", "/status", true),
                new Route("POST", "/claims/simulate", true),
                new Route("GET", "/openapi.json", true),
                new Route("POST", "/applicants", false),
                new Route("GET", "/participants/{nik}", false),
                new Route("GET", "/uploads", false),
                new Route("GET", "/uploads/{id}", false),
                new Route("POST", "/uploads", false),
                new Route("POST", "/claims", false),
                new Route("GET", "/claims/{id}", false),
                new Route("POST", "/claims/{id}/approve", false),
                new Route("POST", "/claims/{id}/pay", false),
                new Route("GET", "/periods/{period}/invoice", false),
                new Route("POST", "/payments", false),
                new Route("GET", "/reports/summary", false),
                new Route("GET", "/config", false),
                new Route("PUT", "/config", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void routeExistsWithItsAuthorisation(Route route) {
        List<JsonNode> matching = events("Api", "HttpApi").values().stream()
                .filter(e -> route.method().equalsIgnoreCase(e.path("Method").asText())
                        && route.path().equals(e.path("Path").asText()))
                .toList();
        assertThat(matching).as("HttpApi event for %s", route).hasSize(1);
        JsonNode event = matching.get(0);
        assertThat(isRef(event.path("ApiId"), "BatikApi")).as("%s ApiId", route).isTrue();
        String authorizer = event.path("Auth").path("Authorizer").asText("CognitoJwt");
        assertThat(authorizer).as("%s authorizer", route).isEqualTo(route.isPublic() ? "NONE" : "CognitoJwt");
    }

    @Test
    void theApiHasNoRouteBeyondTheListedOnes() {
        Set<String> listed = new TreeSet<>(routes().map(r -> r.method() + " " + r.path()).toList());
        Set<String> declared = new TreeSet<>();
        template().resourcesOfType("AWS::Serverless::Function").keySet().forEach(f ->
                events(f, "HttpApi").values().forEach(e ->
                        declared.add(e.path("Method").asText().toUpperCase() + " " + e.path("Path").asText())));
        assertThat(declared).isEqualTo(listed);
    }

    @Test
    void staffRoutesDefaultToTheCognitoJwtAuthorizer() {
        JsonNode api = properties("BatikApi");
        assertThat(resource("BatikApi").path("Type").asText()).isEqualTo("AWS::Serverless::HttpApi");
        JsonNode auth = api.path("Auth");
        assertThat(auth.path("DefaultAuthorizer").asText()).isEqualTo("CognitoJwt");
        JsonNode jwt = auth.path("Authorizers").path("CognitoJwt");
        assertThat(jwt.path("IdentitySource").asText()).isEqualTo("$request.header.Authorization");
        assertThat(jwt.path("JwtConfiguration").path("issuer").path("Fn::Sub").asText())
                .isEqualTo("https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}");
        assertThat(asList(jwt.path("JwtConfiguration").path("audience")))
                .singleElement().satisfies(a -> assertThat(isRef(a, "UserPoolClient")).isTrue());
        JsonNode cors = api.path("CorsConfiguration");
        assertThat(asList(cors.path("AllowOrigins"))).singleElement()
                .satisfies(o -> assertThat(isRef(o, "FormOrigin")).isTrue());
        assertThat(asList(cors.path("AllowMethods")).stream().map(JsonNode::asText))
                .containsExactlyInAnyOrder("GET", "POST", "PUT", "OPTIONS");
        assertThat(asList(cors.path("AllowHeaders")).stream().map(JsonNode::asText))
                .containsExactlyInAnyOrder("authorization", "content-type");
    }

    @Test
    void onlyTheLabourOfficeCreatesStaffAccounts() {
        JsonNode pool = properties("UserPool");
        assertThat(pool.path("AdminCreateUserConfig").path("AllowAdminCreateUserOnly").asBoolean()).isTrue();
        assertThat(pool.path("MfaConfiguration").asText()).isEqualTo("OPTIONAL");
        assertThat(pool.path("Policies").path("PasswordPolicy").path("MinimumLength").asInt()).isGreaterThanOrEqualTo(8);
        boolean kelurahan = false;
        for (JsonNode attribute : pool.path("Schema")) {
            kelurahan |= "kelurahan".equals(attribute.path("Name").asText())
                    && "String".equals(attribute.path("AttributeDataType").asText())
                    && attribute.path("Mutable").asBoolean();
        }
        assertThat(kelurahan).as("custom attribute kelurahan (String, mutable)").isTrue();
        assertThat(properties("UserPoolClient").path("GenerateSecret").asBoolean(false)).isFalse();
        List<String> groups = template().resourcesOfType("AWS::Cognito::UserPoolGroup").values().stream()
                .filter(g -> isRef(g.path("Properties").path("UserPoolId"), "UserPool"))
                .map(g -> g.path("Properties").path("GroupName").asText())
                .toList();
        assertThat(groups).containsExactlyInAnyOrder("staff", "kelurahan", "finance");
    }

    // ----------------------------------------------------------------------------------------------------- alarms

    static Stream<Arguments> alarmedThings() {
        return Stream.concat(
                FUNCTIONS.stream().map(f -> Arguments.of("AWS/Lambda", "Errors", "FunctionName", f)),
                Stream.of("IngestUploadDeadLetterQueue", "EligibilityFailureQueue", "ScheduleDeadLetterQueue")
                        .map(q -> Arguments.of("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", q)));
    }

    @ParameterizedTest(name = "{3} {1}")
    @MethodSource("alarmedThings")
    void somethingGoingWrongNotifiesTheAlarmTopic(String namespace, String metric, String dimension, String target) {
        boolean alarmed = template().resourcesOfType("AWS::CloudWatch::Alarm").values().stream()
                .map(a -> a.path("Properties"))
                .filter(a -> namespace.equals(a.path("Namespace").asText()) && metric.equals(a.path("MetricName").asText()))
                .filter(a -> asList(a.path("Dimensions")).stream().anyMatch(d ->
                        dimension.equals(d.path("Name").asText())
                                && (isRef(d.path("Value"), target) || isGetAtt(d.path("Value"), target, "QueueName"))))
                .filter(a -> a.path("Threshold").asDouble() == 1
                        && "GreaterThanOrEqualToThreshold".equals(a.path("ComparisonOperator").asText())
                        && a.path("Period").asInt() * a.path("EvaluationPeriods").asInt() <= 300)
                .anyMatch(a -> asList(a.path("AlarmActions")).stream().anyMatch(x -> isRef(x, "AlarmTopic")));
        assertThat(alarmed).as("alarm on %s %s >= 1 notifying AlarmTopic", target, metric).isTrue();
    }

    @Test
    void alarmTopicIsEncryptedAndMailsOnlyWhenAnAddressIsGiven() {
        assertThat(properties("AlarmTopic").path("KmsMasterKeyId").isMissingNode()).as("AlarmTopic encryption")
                .isFalse();
        JsonNode subscription = template().resourcesOfType("AWS::SNS::Subscription").values().stream()
                .filter(s -> isRef(s.path("Properties").path("TopicArn"), "AlarmTopic"))
                .findFirst().orElseThrow();
        assertThat(subscription.path("Properties").path("Protocol").asText()).isEqualTo("email");
        assertThat(isRef(subscription.path("Properties").path("Endpoint"), "AlarmEmail")).isTrue();
        String condition = subscription.path("Condition").asText();
        assertThat(RepositoryTemplate.root("Conditions").path(condition).toString())
                .as("condition %s", condition).contains("AlarmEmail");
    }

    // -------------------------------------------------------------------------------------- parameters and outputs

    @ParameterizedTest
    @CsvSource({
            "Stage,              String, prod",
            "ProgrammeQuota,     Number, 2000",
            "AnnualBudgetRupiah, Number, 403200000",
            "FormOrigin,         String, https://batikberlian.pekalongankota.go.id",
            "AlarmEmail,         String, ''",
    })
    void parameterHasItsContractedDefault(String name, String type, String defaultValue) {
        JsonNode parameter = RepositoryTemplate.root("Parameters").path(name);
        assertThat(parameter.path("Type").asText()).as("%s type", name).isEqualTo(type);
        assertThat(parameter.path("Default").asText()).as("%s default", name).isEqualTo(defaultValue);
    }

    @Test
    void stageIsOneOfTheThree() {
        assertThat(asList(RepositoryTemplate.root("Parameters").path("Stage").path("AllowedValues")).stream()
                .map(JsonNode::asText)).containsExactlyInAnyOrder("dev", "staging", "prod");
    }

    @ParameterizedTest
    @CsvSource({
            "ApiUrl,              BatikApi",
            "UploadBucketName,    UploadBucket",
            "UserPoolId,          UserPool",
            "UserPoolClientId,    UserPoolClient",
            "ApplicantsTableName, ApplicantsTable",
            "UploadsTableName,    UploadsTable",
            "ProgrammeTableName,  ProgrammeTable",
            "BillingTableName,    BillingTable",
            "ClaimsTableName,     ClaimsTable",
    })
    void outputNamesWhatOperatorsNeed(String output, String source) {
        JsonNode value = RepositoryTemplate.root("Outputs").path(output).path("Value");
        assertThat(isRef(value, source) || value.path("Fn::Sub").asText("").contains("${" + source + "}"))
                .as("output %s = %s", output, value).isTrue();
    }

    static Stream<String> functionNames() {
        return FUNCTIONS.stream();
    }
}
