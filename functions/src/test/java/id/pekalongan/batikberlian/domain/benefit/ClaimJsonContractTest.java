package id.pekalongan.batikberlian.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON names the API maps 1:1 onto the records, read and written with a plain Jackson mapper. */
class ClaimJsonContractTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final String REQUEST = """
            {"nik": "3375015505900001", "type": "JKK_DEATH", "incidentDate": "2024-06-15",
             "children": [{"birthDate": "2015-03-01", "level": "TK_SD", "grade": 5, "married": false, "working": false},
                          {"birthDate": "2022-01-01"}],
             "heirs": [{"name": "Siti", "relation": "SPOUSE"}],
             "daysOff": 30, "transport": {"legs": [{"mode": "SEA", "amount": 2500000}]},
             "homeCare": {"days": 100, "cost": 4000000}, "medicalCost": 9000000,
             "disability": null, "simulate": false, "declaredIncome": 1000000, "contributionMonths": 12}
            """;

    @Test
    void readsTheDocumentedRequest() throws Exception {
        ClaimRequest request = json.readValue(REQUEST, ClaimRequest.class);

        assertThat(request.type()).isEqualTo("JKK_DEATH");
        assertThat(request.incidentDate()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(request.children()).hasSize(2);
        assertThat(request.children().get(1).level()).isNull();
        assertThat(request.transport().legs()).containsExactly(new TransportLeg("SEA", 2_500_000L));
        assertThat(request.homeCare()).isEqualTo(new HomeCareInput(100, 4_000_000L));
    }

    @Test
    void defaultsWhenOptionalPartsAreAbsent() throws Exception {
        ClaimRequest request = json.readValue("""
                {"nik": "3375015505900001", "type": "JKM_DEATH", "incidentDate": "2024-06-15"}""",
                ClaimRequest.class);

        assertThat(request.children()).isEmpty();
        assertThat(request.heirs()).isEmpty();
        assertThat(request.wage(BenefitPolicy.defaults())).isEqualTo(1_000_000L);
    }

    @Test
    void writesTheDocumentedAnswer() throws Exception {
        ClaimRequest request = json.readValue(REQUEST, ClaimRequest.class);
        ClaimOutcome outcome = BenefitCalculator.standard().compute(request, LocalDate.of(2025, 1, 10));

        JsonNode answer = json.readTree(json.writeValueAsString(outcome));

        // 70 jt death + STMB 1 jt + sea transport capped at 2 jt + home care 4 jt = 77 jt
        assertThat(answer.get("totalCash").asLong()).isEqualTo(77_000_000L);
        // SD3 81 jt + a child not yet in school 87 jt
        assertThat(answer.get("scholarshipTotal").asLong()).isEqualTo(168_000_000L);
        assertThat(answer.get("medicalCostRecorded").asLong()).isEqualTo(9_000_000L);
        assertThat(answer.get("tableVersion").asText()).isEqualTo("PP82-2019");
        JsonNode first = answer.get("components").get(0);
        assertThat(List.of("code", "amount", "rule", "inputs", "tableVersion"))
                .allSatisfy(name -> assertThat(first.has(name)).as(name).isTrue());
        assertThat(answer.get("notPayable").get(0).has("code")).isTrue();
        assertThat(answer.get("notPayable").get(0).has("reason")).isTrue();
        assertThat(answer.toString()).doesNotContain("3375015505900001");
    }

    @Test
    void requestSurvivesARoundTrip() throws Exception {
        ClaimRequest request = json.readValue(REQUEST, ClaimRequest.class);

        ClaimRequest again = json.readValue(json.writeValueAsString(request), ClaimRequest.class);

        assertThat(again).isEqualTo(request);
    }
}
