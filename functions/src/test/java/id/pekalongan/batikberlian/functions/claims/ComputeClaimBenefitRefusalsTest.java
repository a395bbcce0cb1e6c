package id.pekalongan.batikberlian.functions.claims;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.COVERAGE_START;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.INCIDENT;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SD_AND_SMA;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.codes;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.coveredWithMonths;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.deathClaim;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.claim.ClaimId;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ClaimStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims ComputeClaimBenefit refuses, as Lambda invokes it: each refusal is an answer with a status, a code, the field
 * at fault and a reason, and leaves the claims and the participant as they were.
 */
class ComputeClaimBenefitRefusalsTest {

    @Test
    void theSameClaimTwiceIsRefusedNamingTheFirst() {
        Applicant p = coveredWithMonths(36);
        String claim = deathClaim(p.nik(), SD_AND_SMA);

        JsonNode first = invoke(claim);
        JsonNode second = invoke(claim);

        assertThat(first.get("claimId").asText()).isNotBlank();
        assertThat(second.at("/error/status").asInt()).isEqualTo(409);
        assertThat(second.at("/error/code").asText()).isEqualTo("CLAIM_ALREADY_EXISTS");
        assertThat(second.at("/error/reasons/0/value").asText()).isEqualTo(first.get("claimId").asText());
        assertThat(second.at("/error/message").asText()).contains(first.get("claimId").asText());
    }

    /** Scenario → refusal; each row builds its own participant. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "unknown NIK,              404, NIK_NOT_REGISTERED,       nik",
            "before coverage,          422, INCIDENT_BEFORE_COVERAGE, incidentDate",
            "lapsed,                   422, PARTICIPANT_LAPSED,       nik",
            "waitlisted,               422, PARTICIPANT_NOT_ACTIVE,   nik",
            "future date,              400, INCIDENT_IN_FUTURE,       incidentDate",
            "negative days,            400, NEGATIVE_DAYS,            daysOff",
            "unknown disability item,  400, UNKNOWN_DISABILITY_ITEM,  disability.items[0].code",
            "unknown field,            400, UNKNOWN_FIELD,            chilren",
            "date that is not a date,  400, INVALID_VALUE,            children[0].birthDate",
            "no NIK,                   400, MISSING_FIELD,            nik",
            "unknown type,             400, UNKNOWN_TYPE,             type",
    })
    void refusalsAreAnswersWithAReason(String scenario, int status, String code, String field) {
        Applicant active = coveredWithMonths(36);
        String nik = active.nik();
        String json = switch (scenario) {
            case "unknown NIK" -> deathClaim(ClaimFixtures.newNik().substring(0, 12) + "0000", "[]");
            case "before coverage" -> """
                    {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s"}""".formatted(nik,
                    COVERAGE_START.minusDays(1));
            case "lapsed" -> deathClaim(
                    ClaimFixtures.participant(ParticipantStatus.LAPSED, COVERAGE_START).nik(), "[]");
            case "waitlisted" -> deathClaim(ClaimFixtures.participant(ParticipantStatus.WAITLISTED, null).nik(),
                    "[]");
            case "future date" -> """
                    {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s"}""".formatted(nik,
                    LocalDate.now(Jakarta.ZONE).plusDays(10));
            case "negative days" -> """
                    {"nik": "%s", "type": "JKK_TEMPORARY_INCAPACITY", "incidentDate": "%s", "daysOff": -3}"""
                    .formatted(nik, INCIDENT);
            case "unknown disability item" -> """
                    {"nik": "%s", "type": "JKK_PARTIAL_DISABILITY", "incidentDate": "%s",
                     "disability": {"items": [{"code": "THIRD_EYE"}]}}""".formatted(nik, INCIDENT);
            case "unknown field" -> """
                    {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s", "chilren": []}"""
                    .formatted(nik, INCIDENT);
            case "date that is not a date" -> """
                    {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s",
                     "children": [{"birthDate": "1 Juli 2018"}]}""".formatted(nik, INCIDENT);
            case "no NIK" -> """
                    {"type": "JKM_DEATH", "incidentDate": "%s"}""".formatted(INCIDENT);
            case "unknown type" -> """
                    {"nik": "%s", "type": "JKM_SAKIT", "incidentDate": "%s"}""".formatted(nik, INCIDENT);
            default -> throw new IllegalArgumentException(scenario);
        };

        JsonNode answer = invoke(json);

        assertThat(answer.at("/error/status").asInt()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.at("/error/code").asText()).isEqualTo(code);
        assertThat(answer.at("/error/field").asText()).isEqualTo(field);
        assertThat(answer.at("/error/message").asText()).isNotBlank();
        assertThat(answer.at("/error/reasons").size()).isGreaterThanOrEqualTo(1);
        assertThat(answer.toString()).doesNotContain(nik);
        // A refused claim is not stored, and nobody's membership changes.
        assertThat(FunctionsApp.bean(ClaimStore.class).find(ClaimId.of(nik, "JKM_DEATH", INCIDENT))).isEmpty();
        assertThat(FunctionsApp.bean(ApplicantStore.class).find(nik).orElseThrow().status())
                .isEqualTo(ParticipantStatus.ACTIVE);
    }

    @Test
    void everyMistakeOfAFormIsReportedAtOnce() {
        Applicant p = coveredWithMonths(36);

        JsonNode answer = invoke("""
                {"nik": "%s", "type": "JKK_PARTIAL_DISABILITY", "incidentDate": "%s", "daysOff": -1,
                 "disability": {"items": [{"code": "THIRD_EYE"}]}}""".formatted(p.nik(), INCIDENT));

        assertThat(codes(answer.at("/error/reasons"))).contains("NEGATIVE_DAYS", "UNKNOWN_DISABILITY_ITEM");
    }
}
