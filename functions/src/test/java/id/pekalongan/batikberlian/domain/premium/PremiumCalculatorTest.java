package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PremiumCalculatorTest {

    private final PremiumCalculator calculator = PremiumCalculator.standard();

    @Test
    void defaultIncomeCostsSixteenThousandEightHundred() {
        Premium premium = calculator.premiumAtDefault(BillingPeriod.of(2024, 6));

        assertThat(premium).isEqualTo(new Premium(1_000_000, 10_000, 6_800, 16_800, "PP44-2015/PP82-2019"));
    }

    @ParameterizedTest(name = "income {0} -> JKK {1}, total {2}")
    @CsvSource({
            // income,   jkk,     total   -- why
            "1000000,    10000,   16800",  // the default: exactly 1%
            "500000,     10000,   16800",  // 1% = 5,000 -> floor 10,000
            "999949,     10000,   16800",  // 9,999.49 -> 9,999 -> floor
            "999950,     10000,   16800",  // 9,999.50 -> half up -> 10,000
            "1000001,    10000,   16800",  // 10,000.01 -> 10,000
            "1234567,    12346,   19146",  // 12,345.67 -> 12,346
            "1234550,    12346,   19146",  // exactly .50 -> half up
            "1234549,    12345,   19145",  // .49 -> down
            "1500000,    15000,   21800",
            "2345678,    23457,   30257",  // 23,456.78 -> 23,457
            "20700000,   207000,  213800", // exactly at the ceiling
            "20700049,   207000,  213800", // 207,000.49 -> 207,000
            "20700050,   207000,  213800", // 207,000.50 -> 207,001 -> ceiling
            "25000000,   207000,  213800", // 250,000 -> ceiling
            "1,          10000,   16800",  // 0.01 -> 0 -> floor
    })
    void jkkIsOnePercentRoundedHalfUpThenClamped(long income, long jkk, long total) {
        Premium premium = calculator.premium(BillingPeriod.of(2024, 6), income);

        assertThat(premium.declaredIncome()).isEqualTo(income);
        assertThat(premium.jkk()).isEqualTo(jkk);
        assertThat(premium.jkm()).isEqualTo(6_800);
        assertThat(premium.total()).isEqualTo(total);
    }

    @ParameterizedTest(name = "income {0} -> {1} before the clamp")
    @CsvSource({
            "1234567, 12346",
            "1234550, 12346",
            "1234549, 12345",
            "500000,  5000",
            "20700050, 207001",
    })
    void roundingIsHalfUpBeforeTheClamp(long income, long unclamped) {
        RateTable table = RateTables.standard().inForce(BillingPeriod.of(2024, 1));

        assertThat(PremiumCalculator.jkkBeforeClamp(table, income)).isEqualTo(unclamped);
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-1000000"})
    void refusesNonPositiveIncome(long income) {
        assertThatThrownBy(() -> calculator.premium(BillingPeriod.of(2024, 6), income))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordedIncomeOverridesTheDefault() {
        assertThat(calculator.premium(BillingPeriod.of(2024, 6), OptionalLong.of(2_000_000)).total()).isEqualTo(26_800);
        assertThat(calculator.premium(BillingPeriod.of(2024, 6), OptionalLong.empty()).total()).isEqualTo(16_800);
    }

    @ParameterizedTest(name = "period {0} is priced by {1}")
    @CsvSource({
            "2025-06, OLD",
            "2025-07, OLD",   // the new table starts on the 2nd: July's 1st is still under the old one
            "2025-08, NEW",
            "2030-01, NEW",
    })
    void theVersionInForceOnTheFirstOfThePeriodPricesIt(String period, String version) {
        RateTables tables = RateTables.fromCsv(new StringReader("""
                # test history
                version,valid_from,jkk_rate_bp,jkk_min,jkk_max,jkm_flat,default_declared_income
                NEW,2025-07-02,120,12000,250000,7000,1000000
                OLD,2015-07-01,100,10000,207000,6800,1000000
                """));
        Premium premium = new PremiumCalculator(tables).premiumAtDefault(BillingPeriod.parse(period));

        assertThat(premium.rateVersion()).isEqualTo(version);
        assertThat(premium.total()).isEqualTo(version.equals("OLD") ? 16_800 : 19_000);
    }

    @Test
    void aPeriodBeforeAnyTableCannotBePriced() {
        assertThatThrownBy(() -> calculator.premiumAtDefault(BillingPeriod.of(2015, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2015-06-01");
    }

    @Test
    void twoTablesOnTheSameDayAreRefused() {
        RateTable a = new RateTable("A", LocalDate.of(2020, 1, 1), 100, 10_000, 207_000, 6_800, 1_000_000);
        RateTable b = new RateTable("B", LocalDate.of(2020, 1, 1), 100, 10_000, 207_000, 6_800, 1_000_000);

        assertThatThrownBy(() -> RateTables.of(a, b)).isInstanceOf(IllegalArgumentException.class);
    }
}
