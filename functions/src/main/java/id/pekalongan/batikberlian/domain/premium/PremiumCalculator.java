package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Prices one participant-month.
 *
 * <p>Rounding: JKK = declared income × rate, rounded to whole rupiah <em>half up</em> (1% of 1,234,567 = 12,345.67 →
 * 12,346; 1% of 1,234,550 = 12,345.50 → 12,346), and only then clamped to [minimum, maximum]. Rounding first means the
 * clamp compares whole rupiah, so the bounds are exact: an income of 999,950 gives 9,999.50 → 10,000 either way, and
 * 20,700,049 gives 207,000.49 → 207,000 without touching the ceiling.
 */
public final class PremiumCalculator {

    private final RateTables rates;

    public PremiumCalculator(RateTables rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** Uses the rate history bundled with the application. */
    public static PremiumCalculator standard() {
        return new PremiumCalculator(RateTables.standard());
    }

    /** Premium for {@code period} at the declared income recorded, or the table's default when none is. */
    public Premium premium(BillingPeriod period, OptionalLong declaredIncome) {
        RateTable table = rates.inForce(period);
        return price(table, declaredIncome.orElse(table.defaultDeclaredIncome()));
    }

    public Premium premium(BillingPeriod period, long declaredIncome) {
        return price(rates.inForce(period), declaredIncome);
    }

    public Premium premiumAtDefault(BillingPeriod period) {
        return premium(period, OptionalLong.empty());
    }

    public RateTables rates() {
        return rates;
    }

    public static Premium price(RateTable table, long declaredIncome) {
        Objects.requireNonNull(table, "table");
        if (declaredIncome <= 0) {
            throw new IllegalArgumentException("declared income must be positive: " + declaredIncome);
        }
        long jkk = clamp(jkkBeforeClamp(table, declaredIncome), table.jkkMinimum(), table.jkkMaximum());
        long jkm = table.jkmFlat();
        return new Premium(declaredIncome, jkk, jkm, Math.addExact(jkk, jkm), table.version());
    }

    /** Income × rate in whole rupiah, half up; exposed so the rounding rule can be tested apart from the clamp. */
    static long jkkBeforeClamp(RateTable table, long declaredIncome) {
        long scaled = Math.multiplyExact(declaredIncome, (long) table.jkkRateBasisPoints());
        long unit = RateTable.BASIS_POINTS_PER_UNIT;
        return Math.addExact(scaled, unit / 2) / unit;
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
