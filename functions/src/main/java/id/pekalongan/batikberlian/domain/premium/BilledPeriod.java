package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;

/** One month billed for one participant, with the amount owed for it. */
public record BilledPeriod(BillingPeriod period, long amount) {

    public BilledPeriod {
        Objects.requireNonNull(period, "period");
        if (amount <= 0) {
            throw new IllegalArgumentException("a billed amount must be positive: " + amount);
        }
    }
}
