package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.emulators.TemplateTables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The local stack builds its tables and bucket from template.yaml itself, so their definitions must stay within the
 * intrinsics it resolves.
 */
class TemplateLocalStackTest {

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
}
