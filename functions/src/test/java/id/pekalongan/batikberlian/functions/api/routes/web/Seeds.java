package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.benefit.ClaimOutcome;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.domain.claim.ClaimRecord;
import id.pekalongan.batikberlian.domain.claim.ClaimStatus;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.RuleOutcome;
import id.pekalongan.batikberlian.domain.participant.StoredDecision;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.AuditLog;
import id.pekalongan.batikberlian.storage.ClaimStore;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Items written through storage or in the stored layouts, for the routes to read. */
final class Seeds {

    private Seeds() {
    }

    static Applicant applicant(String nik, LocalDate birthDate, String kelurahan, ParticipantStatus status) {
        StoredDecision decision = new StoredDecision("2024.1", LocalDate.of(2024, 3, 1), status == ParticipantStatus.ACTIVE,
                List.of(new RuleOutcome("NIK_STRUCTURE", "PASS", null, "nik", nik, null, null),
                        new RuleOutcome("AGE", status == ParticipantStatus.ACTIVE ? "PASS" : "FAIL",
                                status == ParticipantStatus.ACTIVE ? null : "AGE_OVER_65", "birthDate",
                                birthDate.toString(), "18–65", "usia di atas 65 tahun")));
        boolean active = status == ParticipantStatus.ACTIVE;
        return new Applicant(new Person(nik, "Wahyudi", birthDate, Sex.MALE),
                new Residence(kelurahan, kelurahan.substring(0, 8), "001", "002", "Jl. Contoh 1", "08123456789"),
                new Work("Kuli panggul", "KULI_PANGGUL", 1_000_000L),
                PriorityFlags.NONE,
                status,
                new Arrival("FORM", 0, Instant.parse("2024-02-01T03:00:00Z"), "2024-02-01T03:00:00Z#0"),
                new Membership(active ? LocalDate.of(2024, 3, 1) : null, active ? LocalDate.of(2024, 4, 1) : null, active ? 2024 : null, null, null, null),
                decision,
                1);
    }

    static void store(Applicant a) {
        FunctionsApp.bean(ApplicantStore.class).insertNew(List.of(a));
    }

    static DynamoDbClient dynamo() {
        return FunctionsApp.bean(DynamoDbClient.class);
    }

    static Resources resources() {
        return FunctionsApp.bean(Resources.class);
    }

    static void billLine(String period, String nik, long total) {
        dynamo().putItem(b -> b.tableName(resources().billingTable()).item(Map.of(
                "period", Attr.s(period), "sk", Attr.s("LINE#" + nik), "nik", Attr.s(nik),
                "total", Attr.n(total))));
    }

    /** A period's final invoice, as the billing run closes it (with the dashboard's line for the period). */
    static void invoice(String period, long participants, long amount) {
        FunctionsApp.bean(BillingStore.class).completeInvoice(BillingPeriod.parse(period), Map.of(
                "participants", participants, "amount", amount));
    }

    /** A claim as the claims function files it, counted on the dashboard in the same transaction. */
    static void claimFiled(String claimId, String nik, String type, String incidentDate, long totalCash,
                           long scholarship) {
        ClaimRequest request = new ClaimRequest(nik, type, LocalDate.parse(incidentDate), List.of(), null, null, null,
                List.of(), null, null, null, null, null, null);
        ClaimRecord claim = new ClaimRecord(claimId, request, new ClaimOutcome.Computed("test", totalCash, scholarship,
                0, List.of(), List.of()), ClaimStatus.SUBMITTED, List.of(), Instant.parse("2031-02-13T03:00:00Z"),
                false, 1);
        ClaimStore.CreateOutcome outcome = FunctionsApp.bean(ClaimStore.class).create(claim, Optional.empty(),
                new AuditLog.Change("petugas", "CLAIM_SUBMITTED", claimId, null, "SUBMITTED"));
        if (outcome != ClaimStore.CreateOutcome.CREATED) {
            throw new IllegalStateException(claimId + ": " + outcome);
        }
    }

    static void claim(String claimId, String nik, String type, String incidentDate, long totalCash, long scholarship) {
        dynamo().putItem(b -> b.tableName(resources().claimsTable()).item(Map.of(
                "claimId", Attr.s(claimId), "nik", Attr.s(nik), "type", Attr.s(type),
                "incidentDate", Attr.s(incidentDate), "status", Attr.s("SUBMITTED"),
                "breakdown", AttributeValue.fromM(Map.of("totalCash", Attr.n(totalCash),
                        "scholarshipTotal", Attr.n(scholarship))))));
    }
}
