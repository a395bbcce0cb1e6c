package id.pekalongan.batikberlian.domain.premium;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A payment received for one participant: when, how much, and which months it was made for. */
public record PremiumPayment(LocalDate paidOn, long amount, SortedSet<BillingPeriod> periodsCovered) {

    public PremiumPayment {
        Objects.requireNonNull(paidOn, "paidOn");
        if (amount <= 0) {
            throw new IllegalArgumentException("a payment amount must be positive: " + amount);
        }
        if (periodsCovered == null || periodsCovered.isEmpty()) {
            throw new IllegalArgumentException("a payment must name the periods it covers");
        }
        periodsCovered = new TreeSet<>(periodsCovered);
    }

    public static PremiumPayment of(LocalDate paidOn, long amount, Set<BillingPeriod> periods) {
        return new PremiumPayment(paidOn, amount, new TreeSet<>(periods));
    }

    @Override
    public SortedSet<BillingPeriod> periodsCovered() {
        return new TreeSet<>(periodsCovered);
    }
}
