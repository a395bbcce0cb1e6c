package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetTest {

    private static final long ROSTER_1000 = 16_800L * 1_000;

    @ParameterizedTest(name = "{0} at {1}/month from {2}: {3} months, last {4}, runs out {5} with {6}")
    @CsvSource({
            "100000000, 16800000, 2025-01, 5,  2025-05, 2025-06, 16000000",
            "16800000,  16800000, 2024-12, 1,  2024-12, 2025-01, 0",
            "16799999,  16800000, 2024-12, 0,  '',      2024-12, 16799999",
            "201600000, 16800000, 2024-01, 12, 2024-12, 2025-01, 0",
            "201599999, 16800000, 2024-01, 11, 2024-11, 2024-12, 16799999",
            "0,         16800,    2024-01, 0,  '',      2024-01, 0",
            "-5000,     16800,    2024-01, 0,  '',      2024-01, 0",
    })
    void runwayIsTheLastFullyFundedPeriod(long remaining, long monthlyCost, String from, long months,
                                          String lastFunded, String runsOut, long left) {
        Runway runway = Runway.of(BillingPeriod.parse(from), remaining, monthlyCost);

        assertThat(runway.fullyFundedMonths()).isEqualTo(months);
        assertThat(runway.lastFullyFunded().map(BillingPeriod::toString).orElse("")).isEqualTo(lastFunded);
        assertThat(runway.runsOutIn()).isEqualTo(BillingPeriod.parse(runsOut));
        assertThat(runway.leftForRunsOutIn()).isEqualTo(left);
        assertThat(runway.funds(runway.runsOutIn())).isFalse();
    }

    @Test
    void runwayExampleFromTheBudgetOfficeQuestion() {
        Budget budget = Budget.forYear(2025).withLine(new BudgetLine(FundingSource.APBD, 2025, 100_000_000, "DPA"));

        Runway runway = budget.runway(BillingPeriod.of(2025, 1), ROSTER_1000);

        assertThat(runway.lastFullyFunded()).contains(BillingPeriod.of(2025, 5));
        assertThat(runway.funds(BillingPeriod.of(2025, 5))).isTrue();
        assertThat(runway.shortfallInRunsOutIn()).isEqualTo(800_000);
    }

    @ParameterizedTest(name = "allocated {0}, charges {1}: {2}, remaining {3}")
    @CsvSource({
            "50400000, 16800000|16800000|16800000, W|W|W, 0",
            "50000000, 16800000|16800000|16800000, W|W|O, -400000",
            "50000000, 16800000|16800000|16800000|16800000, W|W|O|O, -17200000",
            "10000000, 16800000, O, -6800000",
            "10000000, 0, W, 10000000",
    })
    void overBudgetBillsAreStillChargedAndFlagged(long allocated, String charges, String flags, long remaining) {
        Budget budget = Budget.forYear(2024).withLine(new BudgetLine(FundingSource.APBD, 2024, allocated, "DPA"));
        List<Long> amounts = Arrays.stream(charges.split("\\|")).map(Long::parseLong).toList();
        List<String> expected = Arrays.asList(flags.split("\\|"));

        for (int i = 0; i < amounts.size(); i++) {
            long before = budget.remaining();
            Budget.Charge charge = budget.charge(new BudgetDebit(BillingPeriod.of(2024, i + 1), amounts.get(i), "TAGIHAN"));
            budget = charge.budget();
            assertThat(charge.flag()).isEqualTo(expected.get(i).equals("O") ? BudgetFlag.OVER_BUDGET
                    : BudgetFlag.WITHIN_BUDGET);
            assertThat(charge.shortfall()).isEqualTo(Math.max(0, amounts.get(i) - Math.max(0, before)));
            assertThat(budget.charged(BillingPeriod.of(2024, i + 1))).isEqualTo(amounts.get(i));
        }
        assertThat(budget.remaining()).isEqualTo(remaining);
    }

    @Test
    void linesAddUpBySource() {
        Budget budget = Budget.forYear(2024)
                .withLine(new BudgetLine(FundingSource.APBD, 2024, 12 * ROSTER_1000, "APBD 2024"))
                .withLine(new BudgetLine(FundingSource.APBD_P, 2024, 3 * 16_800L * 1_700, "APBD-P 2024"))
                .withLine(new BudgetLine(FundingSource.CSR, 2024, 25_000_000, "CSR"));

        assertThat(budget.allocated(FundingSource.APBD)).isEqualTo(201_600_000);
        assertThat(budget.allocated(FundingSource.APBD_P)).isEqualTo(85_680_000);
        assertThat(budget.allocated()).isEqualTo(312_280_000);
        assertThat(FundingSource.APBD_P.label()).isEqualTo("APBD-P");
    }

    @Test
    void reChargingTheSamePeriodIsHarmlessButADifferentAmountIsRefused() {
        Budget budget = Budget.forYear(2024).withLine(new BudgetLine(FundingSource.APBD, 2024, 20_000_000, "DPA"));
        BudgetDebit june = new BudgetDebit(BillingPeriod.of(2024, 6), ROSTER_1000, "TAGIHAN");
        Budget once = budget.charge(june).budget();

        Budget.Charge again = once.charge(june);

        assertThat(again.budget().remaining()).isEqualTo(3_200_000);
        assertThat(again.flag()).isEqualTo(BudgetFlag.WITHIN_BUDGET);
        assertThatThrownBy(() -> once.charge(new BudgetDebit(BillingPeriod.of(2024, 6), ROSTER_1000 + 1, "TAGIHAN")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(once.charge(new BudgetDebit(BillingPeriod.of(2024, 6), 16_800, "SUSULAN")).budget().remaining())
                .isEqualTo(3_200_000 - 16_800);
    }

    @Test
    void aBudgetOnlyTakesItsOwnYear() {
        Budget budget = Budget.forYear(2024);

        assertThatThrownBy(() -> budget.withLine(new BudgetLine(FundingSource.CSR, 2025, 1, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> budget.charge(new BudgetDebit(BillingPeriod.of(2025, 1), 1, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
