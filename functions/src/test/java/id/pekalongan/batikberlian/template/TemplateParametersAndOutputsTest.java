package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.asList;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The template's parameters and outputs: what a deployment gets when told nothing, and what operators read back. */
class TemplateParametersAndOutputsTest {

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
}
