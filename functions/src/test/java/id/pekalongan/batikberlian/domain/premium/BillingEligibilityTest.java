package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingEligibilityTest {

    private static final String NIK = "3375014107900001";

    private final BillingEligibility eligibility =
            new BillingEligibility(BillingPolicy.DEFAULT, PremiumCalculator.standard());

    /** Approved long before any tested month, so only the column under test decides. */
    private static BillingCandidate bornOn(LocalDate birthDate) {
        return BillingCandidate.active(NIK, birthDate, LocalDate.of(2020, 1, 10));
    }

    private static String outcome(BillingDecision decision) {
        if (decision instanceof BillingDecision.Billable b) {
            return "BILLABLE " + b.premium().total();
        }
        return ((BillingDecision.NotBillable) decision).reason().code();
    }

    @ParameterizedTest(name = "born {0}, billed for {1}: {2}")
    @CsvSource({
            // 18th birthday on the 1st is billed that month; a day later waits a month
            "2006-06-01, 2024-06, BILLABLE 16800",
            "2006-06-01, 2024-05, UNDER_AGE",
            "2006-06-02, 2024-06, UNDER_AGE",
            "2006-06-02, 2024-07, BILLABLE 16800",
            // 66th birthday on the 1st is not billed that month; a day later is billed one last time
            "1958-06-01, 2024-05, BILLABLE 16800",
            "1958-06-01, 2024-06, AGED_OUT",
            "1958-06-02, 2024-06, BILLABLE 16800",
            "1958-06-02, 2024-07, AGED_OUT",
            // 29 February: one year older on 1 March of a common year (18 and 66 never fall in a leap year)
            "2004-02-29, 2022-02, UNDER_AGE",
            "2004-02-29, 2022-03, BILLABLE 16800",
            "1960-02-29, 2026-02, BILLABLE 16800",
            "1960-02-29, 2026-03, AGED_OUT",
            "1956-02-29, 2022-02, BILLABLE 16800",
            "1956-02-29, 2022-03, AGED_OUT",
    })
    void ageIsJudgedOnTheFirstOfTheMonth(LocalDate birthDate, String period, String expected) {
        BillingDecision decision = eligibility.decide(bornOn(birthDate), BillingPeriod.parse(period));

        assertThat(outcome(decision)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "approved {0}: {1} is {2}")
    @CsvSource({
            "2024-05-20, 2024-05, NOT_YET_COVERED",
            "2024-05-20, 2024-06, BILLABLE 16800",
            "2024-05-01, 2024-05, NOT_YET_COVERED",  // approval on the 1st still waits for the next month
            "2024-05-31, 2024-06, BILLABLE 16800",
            "2024-06-01, 2024-06, NOT_YET_COVERED",
            "2024-06-01, 2024-07, BILLABLE 16800",
            "2024-12-10, 2024-12, NOT_YET_COVERED",
            "2024-12-10, 2025-01, BILLABLE 16800",   // coverage crosses the year
    })
    void coverageStartsOnTheFirstOfTheMonthAfterApproval(LocalDate approvedOn, String period, String expected) {
        BillingCandidate candidate = BillingCandidate.active(NIK, LocalDate.of(1980, 3, 10), approvedOn);

        assertThat(outcome(eligibility.decide(candidate, BillingPeriod.parse(period)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "died {0}: {1} is {2}")
    @CsvSource({
            "2024-06-15, 2024-06, BILLABLE 16800",  // the month of death is billed: the member was covered
            "2024-06-15, 2024-07, DECEASED",
            "2024-06-01, 2024-06, BILLABLE 16800",  // alive at the start of the 1st
            "2024-05-31, 2024-06, DECEASED",
            "2024-06-30, 2024-07, DECEASED",
            "2024-12-31, 2025-01, DECEASED",
    })
    void deathStopsBillingFromTheMonthAfter(LocalDate death, String period, String expected) {
        BillingCandidate candidate = bornOn(LocalDate.of(1980, 3, 10)).diedOn(death);

        assertThat(outcome(eligibility.decide(candidate, BillingPeriod.parse(period)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "ACTIVE, BILLABLE 16800",
            "LAPSED, NOT_ACTIVE",
            "ENDED,  NOT_ACTIVE",
    })
    void onlyActiveMembersAreBilled(MembershipStatus status, String expected) {
        BillingCandidate candidate = bornOn(LocalDate.of(1980, 3, 10)).withStatus(status);

        assertThat(outcome(eligibility.decide(candidate, BillingPeriod.of(2024, 6)))).isEqualTo(expected);
    }

    @Test
    void deathOutranksEveryOtherReasonAndNamesTheValue() {
        BillingCandidate candidate = bornOn(LocalDate.of(1950, 1, 1))
                .withStatus(MembershipStatus.ENDED)
                .diedOn(LocalDate.of(2024, 3, 3));

        assertThat(eligibility.decide(candidate, BillingPeriod.of(2024, 6)))
                .isEqualTo(new BillingDecision.NotBillable(NotBillableReason.DECEASED, "dateOfDeath=2024-03-03"));
    }

    @Test
    void aRecordedIncomePricesTheBill() {
        BillingCandidate candidate = bornOn(LocalDate.of(1980, 3, 10)).withDeclaredIncome(1_234_567);

        assertThat(outcome(eligibility.decide(candidate, BillingPeriod.of(2024, 6)))).isEqualTo("BILLABLE 19146");
    }

    @Test
    void reasonsCarryAnIndonesianMessage() {
        for (NotBillableReason reason : NotBillableReason.values()) {
            assertThat(reason.code()).matches("[A-Z_]+");
            assertThat(reason.message()).isNotBlank();
        }
    }

    @Test
    void theCandidateNeverPrintsTheNikInFull() {
        assertThat(bornOn(LocalDate.of(1980, 3, 10)).toString()).contains("3375********0001").doesNotContain(NIK);
    }

    @ParameterizedTest(name = "born {0}, month {1}: {2}")
    @CsvSource({
            "1958-07-01, 2024-06, LAST_BILLABLE_MONTH",  // turns 66 on 1 July = the 1st of M+1
            "1958-06-20, 2024-06, LAST_BILLABLE_MONTH",  // turns 66 during June
            "1958-06-02, 2024-06, LAST_BILLABLE_MONTH",
            "1958-06-01, 2024-06, MUST_END",             // already 66 on the 1st of M
            "1958-05-20, 2024-06, MUST_END",
            "1958-07-02, 2024-06, NONE",                 // still 65 on 1 July
            "1980-01-01, 2024-06, NONE",
            "1958-02-28, 2024-02, LAST_BILLABLE_MONTH",
            "1960-02-29, 2026-02, LAST_BILLABLE_MONTH",  // 66 on 1 March 2026, the 1st of M+1
            "1960-02-29, 2026-01, NONE",
            "1959-03-01, 2025-02, LAST_BILLABLE_MONTH",
    })
    void ageOutStages(LocalDate birthDate, String period, AgeOut.Stage stage) {
        assertThat(new AgeOut(BillingPolicy.DEFAULT).stage(birthDate, BillingPeriod.parse(period))).isEqualTo(stage);
    }

    @ParameterizedTest(name = "born {0}: last billed {1}")
    @CsvSource({
            "1958-06-01, 2024-05",
            "1958-06-02, 2024-06",
            "1958-06-30, 2024-06",
            "1960-02-29, 2026-02",  // 66th birthday falls on 1 March 2026 (common year): February still billed
            "1956-02-29, 2022-02",  // 2022 is common too: birthday 1 March, last billed February
            "1952-02-29, 2018-02",
    })
    void lastBillablePeriodAgreesWithEligibility(LocalDate birthDate, String lastBilled) {
        AgeOut ageOut = new AgeOut(BillingPolicy.DEFAULT);
        BillingPeriod last = BillingPeriod.parse(lastBilled);

        assertThat(ageOut.lastBillablePeriod(birthDate)).isEqualTo(last);
        BillingCandidate candidate = BillingCandidate.active(NIK, birthDate, LocalDate.of(2010, 1, 1));
        BillingEligibility early = new BillingEligibility(BillingPolicy.DEFAULT,
                new PremiumCalculator(RateTables.of(new RateTable("T", LocalDate.of(2000, 1, 1), 100, 10_000,
                        207_000, 6_800, 1_000_000))));
        assertThat(early.decide(candidate, last)).isInstanceOf(BillingDecision.Billable.class);
        assertThat(outcome(early.decide(candidate, last.next()))).isEqualTo("AGED_OUT");
        assertThat(ageOut.stage(birthDate, last)).isEqualTo(AgeOut.Stage.LAST_BILLABLE_MONTH);
        assertThat(ageOut.stage(birthDate, last.next())).isEqualTo(AgeOut.Stage.MUST_END);
    }

    @Test
    void sweepListsOnlyActiveParticipants() {
        BillingCandidate lastMonth = BillingCandidate.active("3375010101580001", LocalDate.of(1958, 6, 20),
                LocalDate.of(2022, 7, 1));
        BillingCandidate tooOld = BillingCandidate.active("3375010101580002", LocalDate.of(1958, 5, 20),
                LocalDate.of(2022, 7, 1));
        BillingCandidate lapsedTooOld = tooOld.withStatus(MembershipStatus.LAPSED);
        BillingCandidate young = BillingCandidate.active("3375010101900003", LocalDate.of(1990, 1, 1),
                LocalDate.of(2022, 7, 1));

        AgeOut.Sweep sweep = new AgeOut(BillingPolicy.DEFAULT)
                .sweep(List.of(young, lastMonth, tooOld, lapsedTooOld), BillingPeriod.of(2024, 6));

        assertThat(sweep.listedAhead()).containsExactly(lastMonth);
        assertThat(sweep.toEnd()).containsExactly(tooOld);
    }
}
