package id.pekalongan.batikberlian.functions.claims;

import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.INCIDENT;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SD1_SCHOLARSHIP;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SD_AND_SMA;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SMA1_SCHOLARSHIP;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.claimCount;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.codes;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.coveredWithMonths;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.deathClaim;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.claim.ClaimId;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benefit ComputeClaimBenefit prices, as Lambda invokes it (JSON text in through the function catalog, JSON out):
 * for a registered participant from the bill lines on the DynamoDB engine, and for a simulation that stores nothing.
 */
class ComputeClaimBenefitAnswersTest {

    @ParameterizedTest(name = "{0} months billed → cash {1}, scholarship {2}")
    @CsvSource({
            "36, 42000000, " + (SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP) + ", ",
            "35, 42000000, 0, SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT",
            "48, 42000000, " + (SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP) + ", ",
    })
    void registeredDeathWithTwoChildrenInSdAndSma(int months, long cash, long scholarship, String notPayable) {
        Applicant p = coveredWithMonths(months);
        // Summary items of the same periods are not bill lines and must not add months.
        ClaimFixtures.periodTotal(p.nik(), YearMonth.from(INCIDENT).minusMonths(months));

        JsonNode answer = invoke(deathClaim(p.nik(), SD_AND_SMA));

        assertThat(answer.has("error")).as(answer.toString()).isFalse();
        assertThat(answer.get("totalCash").asLong()).isEqualTo(cash);
        assertThat(answer.get("scholarshipTotal").asLong()).isEqualTo(scholarship);
        assertThat(answer.get("contributionMonths").asInt()).isEqualTo(months);
        assertThat(answer.get("claimId").asText()).isEqualTo(ClaimId.of(p.nik(), "JKM_DEATH", INCIDENT));
        assertThat(answer.get("status").asText()).isEqualTo("COMPUTED");
        assertThat(codes(answer.get("components"))).contains("JKM_LUMP_SUM", "PERIODIC_BENEFIT", "FUNERAL");
        answer.get("components").forEach(c -> assertThat(c.get("rule").asText()).isNotBlank());
        answer.get("components").forEach(c -> assertThat(c.get("tableVersion").asText()).isEqualTo("PP82-2019"));
        answer.get("components").forEach(c -> assertThat(c.has("inputs")).isTrue());
        if (notPayable == null) {
            assertThat(codes(answer.get("components"))).contains("SCHOLARSHIP");
        } else {
            assertThat(codes(answer.get("notPayable"))).contains(notPayable);
            assertThat(codes(answer.get("components"))).doesNotContain("SCHOLARSHIP");
        }
        assertThat(answer.toString()).doesNotContain(p.nik());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a child of 23 is not an error: the scholarship is not payable for them, the other child's is
            "child aged 23 | [{\"birthDate\": \"2001-01-01\", \"level\": \"PT\", \"grade\": 1}, "
                    + "{\"birthDate\": \"2009-05-01\", \"level\": \"SMA\", \"grade\": 1}] "
                    + "| SCHOLARSHIP_CHILD_TOO_OLD | " + SMA1_SCHOLARSHIP,
            // three children: the two with the largest remaining entitlement are chosen, the answer says so
            "three children | [{\"birthDate\": \"2005-01-01\", \"level\": \"PT\", \"grade\": 2}, "
                    + "{\"birthDate\": \"2018-07-01\", \"level\": \"TK_SD\", \"grade\": 3}, "
                    + "{\"birthDate\": \"2009-05-01\", \"level\": \"SMA\", \"grade\": 1}] "
                    + "| SCHOLARSHIP_CHILD_LIMIT | " + (SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP),
    })
    void childrenWhoCannotReceiveAreListedAsNotPayable(String scenario, String children, String notPayable,
                                                       long scholarship) {
        Applicant p = coveredWithMonths(36);

        JsonNode answer = invoke(deathClaim(p.nik(), children));

        assertThat(answer.get("totalCash").asLong()).as(answer.toString()).isEqualTo(42_000_000L);
        assertThat(answer.get("scholarshipTotal").asLong()).isEqualTo(scholarship);
        assertThat(codes(answer.get("notPayable"))).contains(notPayable);
        assertThat(answer.get("notPayable").findValuesAsText("reason")).allSatisfy(r -> assertThat(r).isNotBlank());
    }

    @Test
    void aSimulationPricesForAnyoneAndStoresNothing() {
        int claimsBefore = claimCount();

        JsonNode answer = invoke("""
                {"simulate": true, "type": "JKM_DEATH", "incidentDate": "%s", "contributionMonths": 36,
                 "children": %s}""".formatted(INCIDENT, SD_AND_SMA));

        assertThat(answer.get("totalCash").asLong()).as(answer.toString()).isEqualTo(42_000_000L);
        assertThat(answer.get("scholarshipTotal").asLong()).isEqualTo(SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP);
        assertThat(answer.get("declaredIncome").asLong()).isEqualTo(1_000_000L);
        assertThat(answer.get("simulate").asBoolean()).isTrue();
        assertThat(answer.has("claimId")).isFalse();
        assertThat(claimCount()).isEqualTo(claimsBefore);
    }

    @ParameterizedTest(name = "simulated {0} with {1} months → scholarship {2}")
    @CsvSource({
            "JKM_DEATH, 36, " + (SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP),
            "JKM_DEATH, 35, 0",
            // the work-accident routes need no contribution months
            "JKK_DEATH,  0, " + (SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP),
    })
    void aSimulationUsesTheMonthsItIsGiven(String type, int months, long scholarship) {
        JsonNode answer = invoke("""
                {"simulate": true, "type": "%s", "incidentDate": "%s", "contributionMonths": %d,
                 "children": %s}""".formatted(type, INCIDENT, months, SD_AND_SMA));

        assertThat(answer.get("scholarshipTotal").asLong()).as(answer.toString()).isEqualTo(scholarship);
    }
}
