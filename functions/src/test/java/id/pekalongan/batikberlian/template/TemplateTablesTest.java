package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.resource;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.template;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five DynamoDB tables: on demand, recoverable, encrypted and retained, with the keys, indexes and stream the
 * storage code and the eligibility function rely on.
 */
class TemplateTablesTest {

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
}
