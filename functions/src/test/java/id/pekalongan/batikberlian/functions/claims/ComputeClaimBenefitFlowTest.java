package id.pekalongan.batikberlian.functions.claims;

import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.COVERAGE_START;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.INCIDENT;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SD1_SCHOLARSHIP;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SD_AND_SMA;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.SMA1_SCHOLARSHIP;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.coveredWithMonths;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.deathClaim;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.invoke;
import static id.pekalongan.batikberlian.functions.claims.ClaimFixtures.readTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.claim.ClaimId;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import id.pekalongan.batikberlian.storage.ApplicantItems;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.AuditLog;
import id.pekalongan.batikberlian.storage.ClaimItems;
import id.pekalongan.batikberlian.storage.ClaimStore;
import id.pekalongan.batikberlian.storage.ContributionHistory;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a claim leaves on the DynamoDB engine: the stored claim, the participant a death ends, one audit entry a step,
 * the quota slot a death frees, and the conditional writes that let only one of two racing writers through.
 */
class ComputeClaimBenefitFlowTest {

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
}
