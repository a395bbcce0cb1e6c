package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.FUNCTIONS;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.effective;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.environmentVariable;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.resource;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.BatikBerlianApplication;
import id.pekalongan.batikberlian.functions.lambda.LambdaFunctions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The six functions: each runs its own Spring Cloud Function bean, published the way SnapStart needs, with the
 * environment it finds its tables and limits through.
 */
class TemplateFunctionsTest {

    private static final String FUNCTION_INVOKER =
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";

    @ParameterizedTest
    @MethodSource("id.pekalongan.batikberlian.template.RepositoryTemplate#functionNames")
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
    @MethodSource("id.pekalongan.batikberlian.template.RepositoryTemplate#functionNames")
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
    void everyFunctionInTheTemplateIsOneOfTheSixBeans() {
        Map<String, JsonNode> functions = template().resourcesOfType("AWS::Serverless::Function");
        assertThat(functions.keySet()).as("functions in template.yaml").containsExactlyInAnyOrderElementsOf(FUNCTIONS);
        assertThat(LambdaFunctions.NAMES).as("LambdaFunctions.NAMES").containsExactlyInAnyOrderElementsOf(FUNCTIONS);
        functions.keySet().forEach(f -> assertThat(environmentVariable(f, "SPRING_CLOUD_FUNCTION_DEFINITION"))
                .as("%s bean", f).hasValueSatisfying(bean -> assertThat(FUNCTIONS).contains(bean)));
    }

    @ParameterizedTest
    @MethodSource("id.pekalongan.batikberlian.template.RepositoryTemplate#functionNames")
    void functionLogsToALogGroupOfItsOwnKeptForAYear(String function) {
        JsonNode group = effective(function, "LoggingConfig").path("LogGroup");
        String logicalId = group.path("Ref").asText();
        assertThat(logicalId).as("%s log group", function).isEqualTo(function + "LogGroup");
        assertThat(resource(logicalId).path("Type").asText()).isEqualTo("AWS::Logs::LogGroup");
        assertThat(resource(logicalId).path("Properties").path("RetentionInDays").asInt()).as("%s", logicalId)
                .isEqualTo(365);
    }

    /** Only the redaction hashes NIKs: the salt, and how long refusals are kept, are given to it and to no other. */
    @Test
    void theSaltAndTheRetentionGoToTheRedactionAlone() {
        for (String function : FUNCTIONS) {
            boolean redaction = function.equals("RedactExpiredRefusals");
            assertThat(environmentVariable(function, "NIK_HASH_SALT").isPresent()).as("%s NIK_HASH_SALT", function)
                    .isEqualTo(redaction);
            assertThat(environmentVariable(function, "RETENTION_DAYS").isPresent()).as("%s RETENTION_DAYS", function)
                    .isEqualTo(redaction);
        }
        JsonNode variables = effective("RedactExpiredRefusals", "Environment").path("Variables");
        assertThat(isRef(variables.path("NIK_HASH_SALT"), "NikHashSalt")).isTrue();
        assertThat(isRef(variables.path("RETENTION_DAYS"), "RetentionDays")).isTrue();
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
}
