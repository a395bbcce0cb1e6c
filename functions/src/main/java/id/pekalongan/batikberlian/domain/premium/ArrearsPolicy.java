package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;

/**
 * Arrears parameters (RULES.md §1 and §3). BPU contributions carry no late fine, so there is no fine parameter.
 *
 * @param lapseAfterUnpaidMonths consecutive unpaid months after which membership lapses (3)
 * @param coverDuringArrears     whether an event that happens while 1 to (lapse − 1) months are unpaid is covered
 *                               (policy; default: covered once the arrears are paid)
 */
public record ArrearsPolicy(int lapseAfterUnpaidMonths, CoverDuringArrears coverDuringArrears) {

    public enum CoverDuringArrears {
        /** The event is covered as soon as every month that was overdue when it happened has been paid. */
        COVERED_ONCE_PAID,
        /** An event during arrears is never covered, even if the arrears are paid later. */
        NOT_COVERED
    }

    public static final ArrearsPolicy DEFAULT = new ArrearsPolicy(3, CoverDuringArrears.COVERED_ONCE_PAID);

    public ArrearsPolicy {
        Objects.requireNonNull(coverDuringArrears, "coverDuringArrears");
        if (lapseAfterUnpaidMonths < 1) {
            throw new IllegalArgumentException("lapse threshold must be at least one month");
        }
    }
}
