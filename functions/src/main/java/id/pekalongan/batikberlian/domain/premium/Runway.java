package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;
import java.util.Optional;

/**
 * How long the remaining budget lasts at a constant monthly cost, starting with {@code from} (the first period not
 * yet charged). With R remaining and cost C: n = ⌊R / C⌋ months are fully funded, {@code from} … {@code from + n − 1};
 * the money runs out in {@code from + n}, which has only R − n·C for a bill of C and will be flagged OVER_BUDGET.
 * Example: R = 100,000,000, C = 16,800 × 1,000 = 16,800,000, from 2025-01 → n = 5, last fully funded 2025-05, runs
 * out in 2025-06 with 16,000,000 left for a 16,800,000 bill (short by 800,000).
 *
 * @param lastFullyFunded  empty when not even {@code from} is fully funded
 * @param runsOutIn        the first period whose bill is not fully funded
 * @param leftForRunsOutIn what remains for that period's bill (0 ≤ left &lt; monthly cost when R ≥ 0)
 */
public record Runway(
        BillingPeriod from,
        long monthlyCost,
        long remaining,
        long fullyFundedMonths,
        Optional<BillingPeriod> lastFullyFunded,
        BillingPeriod runsOutIn,
        long leftForRunsOutIn) {

    public Runway {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(lastFullyFunded, "lastFullyFunded");
        Objects.requireNonNull(runsOutIn, "runsOutIn");
    }

    public static Runway of(BillingPeriod from, long remaining, long monthlyCost) {
        Objects.requireNonNull(from, "from");
        if (monthlyCost <= 0) {
            throw new IllegalArgumentException("monthly cost must be positive: " + monthlyCost);
        }
        long months = remaining <= 0 ? 0 : remaining / monthlyCost;
        Optional<BillingPeriod> last = months == 0 ? Optional.empty() : Optional.of(from.plusMonths(months - 1));
        long left = Math.max(0, remaining - months * monthlyCost);
        return new Runway(from, monthlyCost, remaining, months, last, from.plusMonths(months), left);
    }

    /** Whether every month through {@code period} is fully funded. */
    public boolean funds(BillingPeriod period) {
        return lastFullyFunded.map(last -> !period.isAfter(last)).orElse(false);
    }

    public long shortfallInRunsOutIn() {
        return monthlyCost - leftForRunsOutIn;
    }
}
