package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;

/**
 * One charge against the budget: a period's bill (or a supplementary bill for it), identified by
 * {@code reference} so that re-running the monthly job cannot charge twice.
 */
public record BudgetDebit(BillingPeriod period, long amount, String reference) {

    public BudgetDebit {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reference, "reference");
        if (amount < 0) {
            throw new IllegalArgumentException("a debit must not be negative: " + amount);
        }
    }
}
