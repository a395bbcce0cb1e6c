package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;

/** Money made available for premiums: one source, one fiscal year, whole rupiah. */
public record BudgetLine(FundingSource source, int year, long amount, String reference) {

    public BudgetLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
        if (amount <= 0) {
            throw new IllegalArgumentException("a budget line must be positive: " + amount);
        }
    }
}
