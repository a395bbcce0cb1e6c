package id.pekalongan.batikberlian.domain.premium;

/** Stable codes for how a bill sat against the budget when it was charged. */
public enum BudgetFlag {
    WITHIN_BUDGET,
    /** The bill exceeded what remained. It is still billed: cover is owed; the shortfall must be found. */
    OVER_BUDGET
}
