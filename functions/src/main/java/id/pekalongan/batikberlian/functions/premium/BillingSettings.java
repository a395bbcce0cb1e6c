package id.pekalongan.batikberlian.functions.premium;

import java.time.Duration;

/**
 * Knobs of the billing run.
 *
 * @param pageSize            participants per page; each page ends with a checkpoint (500)
 * @param finishReserve       time kept back from the deadline for the closing steps (totals, files, invoice): no new
 *                            page starts with less than this left
 * @param defaultAnnualBudget the template's ANNUAL_BUDGET_RUPIAH, used as the APBD line when no budget line is stored
 * @param lease               how long the period's lease lasts without a heartbeat: a running attempt renews it every
 *                            third of this, so a run whose process died frees the period within this time (60 s)
 */
public record BillingSettings(int pageSize, Duration finishReserve, long defaultAnnualBudget, Duration lease) {

    public static final long DEFAULT_ANNUAL_BUDGET = 403_200_000L;

    public static BillingSettings defaults() {
        return new BillingSettings(500, Duration.ofSeconds(90), DEFAULT_ANNUAL_BUDGET, Duration.ofSeconds(60));
    }

    public BillingSettings withLease(Duration length) {
        return new BillingSettings(pageSize, finishReserve, defaultAnnualBudget, length);
    }

    public BillingSettings withPageSize(int size) {
        return new BillingSettings(size, finishReserve, defaultAnnualBudget, lease);
    }

    public BillingSettings withFinishReserve(Duration reserve) {
        return new BillingSettings(pageSize, reserve, defaultAnnualBudget, lease);
    }

    public BillingSettings withDefaultAnnualBudget(long budget) {
        return new BillingSettings(pageSize, finishReserve, budget, lease);
    }
}
