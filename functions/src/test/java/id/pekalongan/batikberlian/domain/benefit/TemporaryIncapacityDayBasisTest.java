package id.pekalongan.batikberlian.domain.benefit;

import static id.pekalongan.batikberlian.domain.benefit.Claims.EVALUATION;
import static id.pekalongan.batikberlian.domain.benefit.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The STMB day basis is a policy: the 12-month boundary moves with it. */
class TemporaryIncapacityDayBasisTest {

    @ParameterizedTest(name = "{0}-day month, wage {1}, {2} days: {3} + {4}")
    @CsvSource({
            // basis, wage, days, at full wage, at half wage
            "30, 1000000, 360, 12000000, 0",
            "30, 1000000, 372, 12000000, 200000",
            "31, 1000000, 372, 12000000, 0",
            "31, 1000000, 373, 12000000, 16129",
            "31, 1000000, 31, 1000000, 0",
            "31, 1000000, 15, 483871, 0",
            "30, 1500000, 10, 500000, 0",
            "30, 1500000, 400, 18000000, 1000000",
    })
    void splitsTheDaysAtTwelveMonths(int basis, long wage, int days, long full, long half) {
        BenefitCalculator calculator = new BenefitCalculator(BenefitTables.standard(),
                BenefitPolicy.defaults().withStmbDayBasis(basis));

        ClaimOutcome.Computed computed = (ClaimOutcome.Computed) calculator.compute(
                claim(ClaimType.JKK_TEMPORARY_INCAPACITY).wage(wage).daysOff(days).build(), EVALUATION);

        assertThat(amount(computed, "STMB_FULL_WAGE")).isEqualTo(full);
        assertThat(amount(computed, "STMB_REDUCED_WAGE")).isEqualTo(half);
        assertThat(computed.totalCash()).isEqualTo(full + half);
    }

    private static long amount(ClaimOutcome.Computed computed, String code) {
        return computed.components().stream().filter(c -> c.code().equals(code))
                .mapToLong(BenefitComponent::amount).sum();
    }
}
