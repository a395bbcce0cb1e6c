package id.pekalongan.batikberlian.domain.premium;

import java.util.List;
import java.util.Objects;

/**
 * Whether the payment record lets an insured event (accident, death) on a date be covered.
 *
 * @param monthsInArrearsAtEvent overdue unpaid months in a row on the day of the event
 * @param periodsToPay           for PENDING_ARREARS_PAYMENT: the months still to pay before the event is covered
 */
public record EventCover(Outcome outcome, int monthsInArrearsAtEvent, List<BillingPeriod> periodsToPay) {

    /** Stable reason codes. */
    public enum Outcome {
        /** No overdue month on the day of the event, or the arrears then have since been paid (default policy). */
        COVERED,
        /** In arrears on the day of the event; covered once {@link EventCover#periodsToPay()} are paid. */
        PENDING_ARREARS_PAYMENT,
        /** In arrears on the day of the event, and the policy does not cover events during arrears. */
        NOT_COVERED_IN_ARREARS,
        /** Membership had lapsed by the day of the event. */
        NOT_COVERED_LAPSED,
        /** The month of the event was never billed: the person was not a covered member then. */
        NOT_BILLED
    }

    public EventCover {
        Objects.requireNonNull(outcome, "outcome");
        periodsToPay = List.copyOf(periodsToPay);
    }
}
