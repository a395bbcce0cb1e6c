package id.pekalongan.batikberlian.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
import id.pekalongan.batikberlian.storage.billing.ActiveRoster;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RecordedPayment;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's counters as the writes keep them, against a recount from the tables, after a mixed sequence of
 * registrations, decisions, promotions, lapses, claims, payments, invoices and a redaction — each of the
 * repeatable ones delivered twice.
 */
class ReportStoreTest {

    static final String KAUMAN = "33.75.02.1004";
    static final String MEDONO = "33.75.01.1002";
    static final String SALT = "garam-uji-yang-panjang-dan-acak";

    ApplicantStore applicants;
    QuotaStore quotas;
    ClaimStore claims;
    BillingStore bills;
    PaymentStore payments;
    ReportStore reports;
    Resources resources;

    @BeforeEach
    void setUp() {
        LocalAws.get().resetTables();
        applicants = FunctionsApp.bean(ApplicantStore.class);
        quotas = FunctionsApp.bean(QuotaStore.class);
        claims = FunctionsApp.bean(ClaimStore.class);
        bills = FunctionsApp.bean(BillingStore.class);
        payments = FunctionsApp.bean(PaymentStore.class);
        reports = FunctionsApp.bean(ReportStore.class);
        resources = FunctionsApp.bean(Resources.class);
    }

    @Test
    void theCountersTheWritesKeepEqualARecountFromTheTables() {
        List<Applicant> registered = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            registered.add(applicant(i % 3 == 0 ? MEDONO : KAUMAN, i % 2 == 0 ? "KULI_PANGGUL" : "BECAK"));
        }
        assertThat(applicants.insertNew(registered)).isEmpty();
        // The same rows uploaded again, and one registered alone through the form.
        assertThat(applicants.insertNew(registered.subList(0, 5))).hasSize(5);
        Applicant single = applicant(KAUMAN, null);
        assertThat(applicants.insertNew(List.of(single))).isEmpty();
        assertThat(applicants.insertNew(List.of(single))).containsExactly(single.nik());

        StoredDecision refused = decision(LocalDate.of(2024, 1, 5), false);
        StoredDecision accepted = decision(LocalDate.of(2031, 1, 5), true);
        for (int i = 0; i < 4; i++) {
            String nik = registered.get(i).nik();
            assertThat(applicants.markIneligible(nik, refused, change(nik))).isTrue();
            assertThat(applicants.markIneligible(nik, refused, change(nik))).as("delivered twice").isFalse();
        }
        for (int i = 4; i < 20; i++) {
            String nik = registered.get(i).nik();
            assertThat(quotas.admit(nik, ParticipantStatus.PENDING, 2031, 14, accepted, LocalDate.of(2031, 1, 5),
                    LocalDate.of(2031, 2, 1), null, change(nik)))
                    .isIn(QuotaStore.Admission.ADMITTED, QuotaStore.Admission.QUOTA_FULL);
            assertThat(quotas.admit(nik, ParticipantStatus.PENDING, 2031, 14, accepted, LocalDate.of(2031, 1, 5),
                    LocalDate.of(2031, 2, 1), null, change(nik)))
                    .isIn(QuotaStore.Admission.NOT_IN_EXPECTED_STATUS, QuotaStore.Admission.QUOTA_FULL);
        }
        for (int i = 20; i < 24; i++) {
            String nik = registered.get(i).nik();
            assertThat(quotas.waitlist(nik, 2031, accepted, "2031-01-05T00:00:00Z#" + i, change(nik))).isTrue();
            assertThat(quotas.waitlist(nik, 2031, accepted, "2031-01-05T00:00:00Z#" + i, change(nik))).isFalse();
        }
        assertThat(applicants.reopen(registered.get(0).nik())).isTrue();
        assertThat(applicants.reopen(registered.get(0).nik())).isFalse();

        ActiveRoster roster = new ActiveRoster(LocalAws.get().dynamo(), resources.applicantsTable(),
                resources.programmeTable(), new WriteCounter());
        String lapsing = registered.get(5).nik();
        assertThat(roster.end(lapsing, ParticipantStatus.LAPSED, "ARREARS", LocalDate.of(2031, 5, 1))).isTrue();
        assertThat(roster.end(lapsing, ParticipantStatus.LAPSED, "ARREARS", LocalDate.of(2031, 5, 1))).isFalse();

        Applicant dying = applicants.find(registered.get(6).nik()).orElseThrow();
        assertThat(dying.status()).isEqualTo(ParticipantStatus.ACTIVE);
        ClaimRecord death = claim("CLM-1", dying.nik(), "JKM_DEATH", 42_000_000, 9_000_000);
        assertThat(claims.create(death, Optional.of(dying), claimChange("CLM-1")))
                .isEqualTo(ClaimStore.CreateOutcome.CREATED);
        assertThat(claims.create(death, Optional.of(dying), claimChange("CLM-1")))
                .isEqualTo(ClaimStore.CreateOutcome.CLAIM_EXISTS);
        ClaimRecord injury = claim("CLM-2", registered.get(7).nik(), "JKK_TEMPORARY_INCAPACITY", 1_500_000, 0);
        assertThat(claims.create(injury, Optional.empty(), claimChange("CLM-2")))
                .isEqualTo(ClaimStore.CreateOutcome.CREATED);

        RecordedPayment paid = new RecordedPayment("BANK-1", registered.get(8).nik(), LocalDate.of(2031, 3, 4),
                33_600, List.of(BillingPeriod.of(2031, 1), BillingPeriod.of(2031, 2)), "keuangan");
        assertThat(payments.record(paid, "2031-03-04T03:00:00Z")).isEqualTo(PaymentStore.Outcome.RECORDED);
        assertThat(payments.record(paid, "2031-03-04T03:00:00Z")).isEqualTo(PaymentStore.Outcome.DUPLICATE);
        assertThat(bills.completeInvoice(BillingPeriod.of(2031, 2), Map.of("participants", 14L,
                "amount", 235_200L))).isTrue();
        assertThat(bills.completeInvoice(BillingPeriod.of(2031, 2), Map.of("participants", 99L,
                "amount", 999L))).as("a closed period is never replaced").isFalse();

        Retention retention = new Retention(LocalAws.get().dynamo(), resources.applicantsTable(),
                resources.programmeTable(), SALT, 90);
        assertThat(retention.redactExpired(LocalDate.of(2031, 6, 1))).isEqualTo(3);

        ReportStore.Figures kept = reports.figures();
        assertThat(kept.participants().stream().mapToLong(ReportStore.ParticipantCount::count).sum())
                .as("31 registered, 3 redacted").isEqualTo(28);
        assertThat(count(kept, ParticipantStatus.ACTIVE)).as("14 admitted, one lapsed, one died").isEqualTo(12);
        assertThat(count(kept, ParticipantStatus.WAITLISTED)).isEqualTo(4);
        assertThat(count(kept, ParticipantStatus.PENDING)).isEqualTo(10);
        assertThat(count(kept, ParticipantStatus.INELIGIBLE)).as("all three refusals redacted").isZero();
        assertThat(count(kept, ParticipantStatus.ENDED)).isEqualTo(1);
        assertThat(count(kept, ParticipantStatus.LAPSED)).isEqualTo(1);
        assertThat(kept.claims()).containsExactlyInAnyOrder(
                new ReportStore.ClaimTotal("JKM_DEATH", 1, 42_000_000, 9_000_000),
                new ReportStore.ClaimTotal("JKK_TEMPORARY_INCAPACITY", 1, 1_500_000, 0));
        assertThat(kept.billed()).containsExactly(new ReportStore.PeriodBilled("2031-02", 14, 235_200));
        assertThat(kept.paid()).containsExactly(new ReportStore.MonthPaid("2031-03", 1, 33_600));

        ReportStore.Figures recounted = reports.rebuild(Instant.parse("2031-06-01T00:00:00Z"));
        assertThat(sorted(recounted)).isEqualTo(sorted(kept));
    }

    @Test
    void theSameRowsUploadedFromEightPlacesAtOnceAreCountedOnce() throws Exception {
        List<Applicant> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(applicant(i % 2 == 0 ? KAUMAN : MEDONO, "BECAK"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<java.util.Set<String>>> taken = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                taken.add(pool.submit(() -> applicants.insertNew(rows)));
            }
            long refused = 0;
            for (var f : taken) {
                refused += f.get().size();
            }
            assertThat(refused).as("every row but one copy of it refused").isEqualTo(7L * rows.size());
        } finally {
            pool.shutdown();
        }
        assertThat(reports.participants()).containsExactlyInAnyOrder(
                new ReportStore.ParticipantCount(KAUMAN, "BECAK", "PENDING", 30),
                new ReportStore.ParticipantCount(MEDONO, "BECAK", "PENDING", 30));
    }

    @Test
    void aRebuildReplacesCountersThatWentWrongAndDropsThoseWithNothingBehindThem() {
        Applicant a = applicant(KAUMAN, "BECAK");
        applicants.insertNew(List.of(a));
        LocalAws.get().dynamo().putItem(b -> b.tableName(resources.programmeTable()).item(Map.of(
                "pk", Attr.s(ReportCounters.PARTICIPANTS), "sk", Attr.s(MEDONO), "BECAK|ACTIVE", Attr.n(7))));
        LocalAws.get().dynamo().putItem(b -> b.tableName(resources.programmeTable()).item(Map.of(
                "pk", Attr.s(ReportCounters.CLAIMS), "sk", Attr.s("JKM_DEATH"), "claims", Attr.n(2))));
        assertThat(reports.participants()).hasSize(2);

        ReportStore.Figures rebuilt = reports.rebuild(Instant.parse("2031-06-01T00:00:00Z"));

        assertThat(rebuilt.participants()).containsExactly(
                new ReportStore.ParticipantCount(KAUMAN, "BECAK", "PENDING", 1));
        assertThat(rebuilt.claims()).isEmpty();
    }

    @Test
    void aDeploymentFilledBeforeTheCountersGetsThemOnceFromTheTables() {
        Applicant a = applicant(MEDONO, "KULI_PANGGUL");
        LocalAws.get().dynamo().putItem(b -> b.tableName(resources.applicantsTable()).item(ApplicantItems.toItem(a)));
        LocalAws.get().dynamo().putItem(b -> b.tableName(resources.claimsTable())
                .item(ClaimItems.toItem(claim("CLM-OLD", a.nik(), "JKM_DEATH", 42_000_000, 0))));
        LocalAws.get().dynamo().putItem(b -> b.tableName(resources.billingTable()).item(Map.of(
                "period", Attr.s("2030-12"), "sk", Attr.s("INVOICE"), "participants", Attr.n(1),
                "amount", Attr.n(16_800), "status", Attr.s("COMPLETE"))));
        assertThat(reports.participants()).as("written around the counters").isEmpty();

        assertThat(reports.buildOnce(Instant.parse("2031-01-01T00:00:00Z"))).isTrue();
        assertThat(reports.participants()).containsExactly(
                new ReportStore.ParticipantCount(MEDONO, "KULI_PANGGUL", "PENDING", 1));
        assertThat(reports.claims()).containsExactly(new ReportStore.ClaimTotal("JKM_DEATH", 1, 42_000_000, 0));
        assertThat(reports.billed()).containsExactly(new ReportStore.PeriodBilled("2030-12", 1, 16_800));

        applicants.insertNew(List.of(applicant(MEDONO, "KULI_PANGGUL")));
        assertThat(reports.buildOnce(Instant.parse("2031-02-01T00:00:00Z"))).as("built already").isFalse();
        assertThat(reports.participants()).containsExactly(
                new ReportStore.ParticipantCount(MEDONO, "KULI_PANGGUL", "PENDING", 2));
    }

    private static long count(ReportStore.Figures f, ParticipantStatus status) {
        return f.participants().stream().filter(c -> c.status().equals(status.name()))
                .mapToLong(ReportStore.ParticipantCount::count).sum();
    }

    private static List<String> sorted(ReportStore.Figures f) {
        List<String> out = new ArrayList<>();
        f.participants().forEach(c -> out.add(c.toString()));
        f.claims().forEach(c -> out.add(c.toString()));
        f.billed().forEach(c -> out.add(c.toString()));
        f.paid().forEach(c -> out.add(c.toString()));
        out.sort(null);
        return out;
    }

    static Applicant applicant(String kelurahan, String occupationCode) {
        String nik = Niks.male(LocalDate.of(1980, 3, 4));
        return new Applicant(new Person(nik, "Wahyudi", LocalDate.of(1980, 3, 4), Sex.MALE),
                new Residence(kelurahan, kelurahan.substring(0, 8), "001", "002", "Jl. Contoh 1", "08123456789"),
                new Work("Kuli panggul", occupationCode, 1_000_000L), PriorityFlags.NONE, ParticipantStatus.PENDING,
                new Arrival("FORM", 0, Instant.parse("2031-01-02T03:00:00Z"), "2031-01-02T03:00:00Z#" + nik),
                new Membership(null, null, null, null, null, null), null, 1);
    }

    static StoredDecision decision(LocalDate on, boolean eligible) {
        return new StoredDecision("2031.1", on, eligible, List.of(new RuleOutcome("AGE", eligible ? "PASS" : "FAIL",
                eligible ? null : "AGE_OVER_65", "birthDate", "1950-01-01", "18–65",
                eligible ? null : "usia di atas 65 tahun")));
    }

    static ClaimRecord claim(String id, String nik, String type, long cash, long scholarship) {
        ClaimRequest request = new ClaimRequest(nik, type, LocalDate.of(2031, 4, 1), List.of(), null, null, null,
                List.of(), null, null, null, null, null, null);
        return new ClaimRecord(id, request, new ClaimOutcome.Computed("uji", cash, scholarship, 0, List.of(),
                List.of()), ClaimStatus.SUBMITTED, List.of(), Instant.parse("2031-04-02T03:00:00Z"),
                "JKM_DEATH".equals(type), 1);
    }

    static AuditLog.Change change(String nik) {
        return new AuditLog.Change("sistem", "STATUS", nik.substring(0, 6) + "**********", "PENDING", "x");
    }

    static AuditLog.Change claimChange(String id) {
        return new AuditLog.Change("petugas", "CLAIM_SUBMITTED", id, null, "SUBMITTED");
    }
}
