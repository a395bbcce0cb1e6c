package id.pekalongan.batikberlian.functions.claims;

import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.domain.claim.ClaimId;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.storage.ApplicantItems;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.AuditLog;
import id.pekalongan.batikberlian.storage.ClaimItems;
import id.pekalongan.batikberlian.storage.ClaimStore;
import id.pekalongan.batikberlian.storage.ContributionHistory;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * ComputeClaimBenefit as Lambda invokes it: JSON text in through the function catalog, JSON out, against DynamoDB
 * Local with participants and bill lines written in their tables' layouts.
 */
class ComputeClaimBenefitFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate INCIDENT = LocalDate.of(2025, 3, 10);
    static final LocalDate COVERAGE_START = LocalDate.of(2022, 4, 1);
    /** SD kelas 1 (TK_SD year 3): TK_SD 6 × 1,5 jt + SMP 3 × 2 jt + SMA 3 × 3 jt + PT 5 × 12 jt = 84 jt. */
    static final long SD1_SCHOLARSHIP = 6 * 1_500_000L + 3 * 2_000_000L + 3 * 3_000_000L + 5 * 12_000_000L;
    /** SMA kelas 1: SMA 3 × 3 jt + PT 5 × 12 jt = 69 jt. */
    static final long SMA1_SCHOLARSHIP = 3 * 3_000_000L + 5 * 12_000_000L;
    static final String SD_AND_SMA = """
            [{"birthDate": "2018-07-01", "level": "TK_SD", "grade": 3, "married": false, "working": false},
             {"birthDate": "2009-05-01", "level": "SMA", "grade": 1}]""";

    static JsonNode invoke(String json) {
        FunctionInvocationWrapper function = FunctionsApp.context().getBean(FunctionCatalog.class)
                .lookup("ComputeClaimBenefit", "application/json");
        Object out = function.apply(MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8))
                .setHeader("contentType", "application/json").build());
        try {
            Object payload = out instanceof Message<?> m ? m.getPayload() : out;
            return payload instanceof byte[] bytes ? JSON.readTree(bytes)
                    : payload instanceof JsonNode node ? node : JSON.readTree(payload.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String deathClaim(String nik, String children) {
        return """
                {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s", "children": %s,
                 "heirs": [{"name": "Siti", "relation": "SPOUSE"}]}""".formatted(nik, INCIDENT, children);
    }

    private static Applicant coveredWithMonths(int months) {
        Applicant p = ClaimFixtures.participant(ParticipantStatus.ACTIVE, COVERAGE_START);
        YearMonth last = YearMonth.from(INCIDENT);
        ClaimFixtures.billed(p.nik(), last.minusMonths(months - 1L), last);
        return p;
    }

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

    @Test
    void theStoredClaimKeepsItsBreakdownAndTheDeathEndsTheParticipant() {
        Applicant p = coveredWithMonths(36);

        JsonNode answer = invoke(deathClaim(p.nik(), SD_AND_SMA));
        String claimId = answer.get("claimId").asText();

        Map<String, AttributeValue> item = LocalAws.get().dynamo().getItem(b -> b
                .tableName(LocalAws.get().tables().get("ClaimsTable"))
                .key(Map.of("claimId", Attr.s(claimId))).consistentRead(true)).item();
        assertThat(Attr.string(item, "nik")).isEqualTo(p.nik());
        assertThat(Attr.string(item, "type")).isEqualTo("JKM_DEATH");
        assertThat(Attr.string(item, "incidentDate")).isEqualTo(INCIDENT.toString());
        assertThat(Attr.string(item, "status")).isEqualTo("COMPUTED");
        assertThat(Attr.string(item, "tableVersion")).isEqualTo("PP82-2019");
        assertThat(Attr.string(item, "createdAt")).isNotBlank();
        assertThat(Attr.number(item, "totalCash", -1)).isEqualTo(42_000_000L);
        assertThat(ClaimItems.children(item)).hasSize(2);
        assertThat(ClaimItems.heirs(item)).hasSize(1);
        assertThat(ClaimItems.fromItem(item).breakdown().scholarshipTotal())
                .isEqualTo(SD1_SCHOLARSHIP + SMA1_SCHOLARSHIP);
        assertThat(item.get("history").l()).extracting(v -> v.m().get("status").s())
                .containsExactly("SUBMITTED", "COMPUTED");

        Applicant after = FunctionsApp.bean(ApplicantStore.class).find(p.nik()).orElseThrow();
        assertThat(after.status()).isEqualTo(ParticipantStatus.ENDED);
        assertThat(after.endReason()).isEqualTo(EndReason.DEATH);
        assertThat(after.deathDate()).isEqualTo(INCIDENT);
        assertThat(after.endedOn()).isEqualTo(INCIDENT);
        assertThat(after.version()).isEqualTo(p.version() + 1);
        Map<String, AttributeValue> raw = LocalAws.get().dynamo().getItem(b -> b
                .tableName(LocalAws.get().tables().get("ApplicantsTable"))
                .key(Map.of("nik", Attr.s(p.nik()))).consistentRead(true)).item();
        assertThat(Attr.string(raw, "statusNik")).isEqualTo(ApplicantItems.statusNik(ParticipantStatus.ENDED,
                p.nik()));
        assertThat(answer.get("participantEnded").asBoolean()).isTrue();

        // After the death, an incident on a later date is not covered.
        JsonNode later = invoke("""
                {"nik": "%s", "type": "JKK_MEDICAL", "incidentDate": "%s", "medicalCost": 100000}"""
                .formatted(p.nik(), INCIDENT.plusDays(1)));
        assertThat(later.at("/error/code").asText()).isEqualTo("PARTICIPANT_ENDED");
    }

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

    @Test
    void eachStepOfAClaimIsLoggedOnceWithTheStepAndARefusedStepLogsNothing() {
        Applicant p = coveredWithMonths(36);
        ClaimService service = FunctionsApp.bean(ClaimService.class);
        AuditLog audit = FunctionsApp.bean(AuditLog.class);
        String claimId = service.submit(ClaimRequestReader.read(readTree(deathClaim(p.nik(), "[]"))), "kelurahan")
                .claimId();

        service.approve(claimId, "kepala-seksi");
        assertThatThrownBy(() -> service.approve(claimId, "kepala-seksi"))
                .isInstanceOf(ClaimProblem.class);
        assertThatThrownBy(() -> service.approve(claimId, "staf-lain"))
                .isInstanceOf(ClaimProblem.class);
        service.pay(claimId, "bendahara");

        assertThat(audit.entries().stream().filter(e -> claimId.equals(e.subjectMasked()))
                .map(e -> e.who() + ":" + e.oldValue() + ">" + e.newValue()))
                .containsExactly("kelurahan:null>COMPUTED", "kepala-seksi:COMPUTED>APPROVED",
                        "bendahara:APPROVED>PAID");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRaceToTheSameClaimIsSettledByTheConditionalWrite() {
        Applicant p = coveredWithMonths(12);
        String claim = """
                {"nik": "%s", "type": "JKK_TEMPORARY_INCAPACITY", "incidentDate": "%s", "daysOff": 30}"""
                .formatted(p.nik(), INCIDENT);
        ClaimService service = FunctionsApp.bean(ClaimService.class);
        var request = ClaimRequestReader.read(readTree(claim));
        service.submit(request, "a");
        // Past the service's early read: the store itself must refuse, and no second entry is logged.
        AuditLog audit = FunctionsApp.bean(AuditLog.class);
        int entries = audit.entries().size();
        String claimId = ClaimId.of(p.nik(), "JKK_TEMPORARY_INCAPACITY", INCIDENT);
        var again = FunctionsApp.bean(ClaimStore.class).create(
                FunctionsApp.bean(ClaimStore.class).find(claimId).orElseThrow(), java.util.Optional.empty(),
                new AuditLog.Change("a", "claim status", claimId, null, "COMPUTED"));
        assertThat(again).isEqualTo(ClaimStore.CreateOutcome.CLAIM_EXISTS);
        assertThat(audit.entries()).hasSize(entries);
    }

    @Test
    void aParticipantChangedSinceReadingStoresNeitherTheClaimNorTheDeath() {
        Applicant stale = coveredWithMonths(36);
        // Someone else writes the participant in between (the version moves on).
        LocalAws.get().dynamo().updateItem(b -> b.tableName(LocalAws.get().tables().get("ApplicantsTable"))
                .key(Map.of("nik", Attr.s(stale.nik())))
                .updateExpression("SET version = version + :one")
                .expressionAttributeValues(Map.of(":one", Attr.n(1))));
        var request = ClaimRequestReader.read(readTree(deathClaim(stale.nik(), "[]")));
        var breakdown = (id.pekalongan.batikberlian.domain.benefit.ClaimOutcome.Computed)
                id.pekalongan.batikberlian.domain.benefit.BenefitCalculator.standard().compute(request, INCIDENT);
        String claimId = ClaimId.of(stale.nik(), "JKM_DEATH", INCIDENT);
        var record = new id.pekalongan.batikberlian.domain.claim.ClaimRecord(claimId, request, breakdown,
                id.pekalongan.batikberlian.domain.claim.ClaimStatus.COMPUTED, List.of(),
                java.time.Instant.now(), true, 1);

        AuditLog audit = FunctionsApp.bean(AuditLog.class);
        int entries = audit.entries().size();
        var outcome = FunctionsApp.bean(ClaimStore.class).create(record, java.util.Optional.of(stale),
                new AuditLog.Change("a", "claim status", claimId, null, "COMPUTED"));

        assertThat(outcome).isEqualTo(ClaimStore.CreateOutcome.PARTICIPANT_CHANGED);
        assertThat(audit.entries()).as("no entry for a claim that was not stored").hasSize(entries);
        assertThat(FunctionsApp.bean(ClaimStore.class).find(claimId)).isEmpty();
        assertThat(FunctionsApp.bean(ApplicantStore.class).find(stale.nik()).orElseThrow().status())
                .isEqualTo(ParticipantStatus.ACTIVE);
        // Through the service, the participant is read again and the claim goes through.
        JsonNode answer = invoke(deathClaim(stale.nik(), "[]"));
        assertThat(answer.get("participantEnded").asBoolean()).as(answer.toString()).isTrue();
        assertThat(FunctionsApp.bean(ApplicantStore.class).find(stale.nik()).orElseThrow().version())
                .isEqualTo(stale.version() + 2);
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
                    LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(10));
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

    @ParameterizedTest(name = "{0} frees a slot: {1}")
    @CsvSource({
            "JKM_DEATH,                true",
            "JKK_DEATH,                true",
            "JKK_TEMPORARY_INCAPACITY, false",
    })
    void aDeathTellsTheQuotaServiceWhenThereIsOne(String type, boolean freed) {
        Applicant p = coveredWithMonths(36);
        List<String> calls = new ArrayList<>();
        SlotRelease recorder = (nik, year) -> calls.add(nik + "@" + year);
        var context = FunctionsApp.context();
        ClaimService service = new ClaimService(context.getBean(ApplicantStore.class),
                context.getBean(ContributionHistory.class), context.getBean(ClaimStore.class),
                new StaticListableBeanFactory(Map.of("slots", recorder)).getBeanProvider(SlotRelease.class),
                new StaticListableBeanFactory().getBeanProvider(java.time.Clock.class));

        service.submit(ClaimRequestReader.read(readTree("""
                {"nik": "%s", "type": "%s", "incidentDate": "%s", "daysOff": 10}"""
                .formatted(p.nik(), type, INCIDENT))), "staf");

        assertThat(calls).isEqualTo(freed ? List.of(p.nik() + "@" + COVERAGE_START.getYear()) : List.of());
    }

    static int claimCount() {
        return LocalAws.get().dynamo().scan(b -> b.tableName(LocalAws.get().tables().get("ClaimsTable"))
                .select("COUNT")).count();
    }

    static List<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("code").asText()).toList();
    }

    static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
