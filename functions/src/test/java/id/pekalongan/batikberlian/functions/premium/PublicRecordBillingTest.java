package id.pekalongan.batikberlian.functions.premium;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.PublicRecord;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RecordedPayment;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public record (RULES.md §4) through the real run: Aug 2022 – Dec 2024 billed month by month, 29 runs, over a
 * scaled-down roster where each cohort of the synthetic history has one representative participant. The invoice lines
 * decide who is billed each month; each representative's line counts for its cohort's size, so the run's decisions
 * reproduce the published 24,226 participant-months and Rp407,000,000 within one month's premium. Every billed month
 * is paid on the 10th, so nobody lapses; the cohorts not renewed end after December 2023.
 */
class PublicRecordBillingTest {

    private record Cohort(int people, LocalDate approvedOn, BillingPeriod lastCovered) {
    }

    private static final List<Cohort> HISTORY = List.of(
            new Cohort(423, LocalDate.of(2022, 7, 25), BillingPeriod.of(2024, 12)),
            new Cohort(327, LocalDate.of(2023, 8, 21), BillingPeriod.of(2024, 12)),
            new Cohort(200, LocalDate.of(2023, 9, 18), BillingPeriod.of(2024, 12)),
            new Cohort(50, LocalDate.of(2023, 10, 16), BillingPeriod.of(2024, 12)),
            new Cohort(150, LocalDate.of(2023, 10, 16), BillingPeriod.of(2023, 12)),
            new Cohort(127, LocalDate.of(2023, 11, 20), BillingPeriod.of(2023, 12)),
            new Cohort(200, LocalDate.of(2024, 9, 23), BillingPeriod.of(2024, 12)),
            new Cohort(500, LocalDate.of(2024, 10, 21), BillingPeriod.of(2024, 12)),
            new Cohort(1_000, LocalDate.of(2024, 11, 18), BillingPeriod.of(2024, 12)));

    static final Map<String, Cohort> BY_NIK = new HashMap<>();
    static long participantMonths;
    static long premiums;

    @BeforeAll
    static void billTheProgrammeHistory() {
        LocalAws.get().resetTables();
        List<Applicant> reps = new ArrayList<>();
        for (int i = 0; i < HISTORY.size(); i++) {
            Cohort c = HISTORY.get(i);
            String nik = BillingFixtures.nik(9_000 + i);
            BY_NIK.put(nik, c);
            LocalDate coverage = c.approvedOn().withDayOfMonth(1).plusMonths(1);
            reps.add(BillingFixtures.active(nik, LocalDate.of(1980, 1, 1), coverage, BillingFixtures.MEDONO));
        }
        BillingFixtures.store(reps);
        BillingRun run = BillingFixtures.run(LocalAws.get().dynamo(), BillingSettings.defaults(), null);
        BillingStore store = new BillingStore(LocalAws.get().dynamo(), BillingFixtures.resources().billingTable(),
                new WriteCounter());
        PaymentStore payments = new PaymentStore(LocalAws.get().dynamo(), BillingFixtures.resources().billingTable());
        for (BillingPeriod p = PublicRecord.FIRST_PERIOD; !p.isAfter(PublicRecord.LAST_PERIOD); p = p.next()) {
            assertThat(run.run(p, BillingFixtures.farDeadline()).status()).isEqualTo(BillingRunSummary.COMPLETE);
            for (BillLine line : store.lines(p)) {
                Cohort c = BY_NIK.get(line.nik());
                participantMonths += c.people();
                premiums += c.people() * line.total();
                payments.record(new RecordedPayment("M-" + p, line.nik(), p.firstDay().plusDays(9), line.total(),
                        List.of(p), "test"), "t");
            }
            if (p.equals(BillingPeriod.of(2023, 12))) {
                // The year-end intakes were not renewed for 2024.
                BY_NIK.forEach((nik, c) -> {
                    if (c.lastCovered().equals(BillingPeriod.of(2023, 12))) {
                        LocalAws.get().dynamo().updateItem(b -> b.tableName(
                                        BillingFixtures.resources().applicantsTable())
                                .key(Map.of("nik", Attr.s(nik)))
                                .updateExpression("SET #s = :e, statusNik = :sn")
                                .expressionAttributeNames(Map.of("#s", "status"))
                                .expressionAttributeValues(Map.of(":e", Attr.s(ParticipantStatus.ENDED.name()),
                                        ":sn", Attr.s("ENDED#" + nik))));
                    }
                });
            }
        }
    }

    @Test
    void participantMonthsMatchThePublishedRecord() {
        assertThat(participantMonths).isEqualTo(PublicRecord.PARTICIPANT_MONTHS);
    }

    @Test
    void premiumsMatchThePublishedSpendWithinOneMonthsPremium() {
        assertThat(premiums).isEqualTo(406_996_800L);
        assertThat(Math.abs(premiums - PublicRecord.PREMIUMS_PAID)).isLessThan(16_800L);
    }

    @Test
    void fourteenJkmDeathClaimsMakeThePublishedTotal() {
        assertThat(PublicRecord.JKM_DEATH_BENEFIT).isEqualTo(42_000_000L);
        assertThat(PublicRecord.JKM_DEATH_CLAIMS * PublicRecord.JKM_DEATH_BENEFIT)
                .isEqualTo(PublicRecord.JKM_DEATH_CLAIMS_PAID).isEqualTo(588_000_000L);
    }
}
