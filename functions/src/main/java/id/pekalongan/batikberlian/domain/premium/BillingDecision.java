package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;

/** Whether one participant is on one month's bill, and at what premium or for which reason not. */
public sealed interface BillingDecision {

    record Billable(Premium premium) implements BillingDecision {
        public Billable {
            Objects.requireNonNull(premium, "premium");
        }
    }

    /**
     * @param offendingValue the value that decided it (a status, a date, an age), never personal identifiers
     */
    record NotBillable(NotBillableReason reason, String offendingValue) implements BillingDecision {
        public NotBillable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(offendingValue, "offendingValue");
        }
    }
}
