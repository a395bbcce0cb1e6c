package id.pekalongan.batikberlian.domain.premium;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant's payment standing on a date.
 *
 * @param state                   CURRENT, IN_ARREARS or LAPSED
 * @param consecutiveUnpaidMonths overdue months unpaid in a row, ending at {@code latestOverdue}
 * @param latestOverdue           the latest billed period whose due date has passed, paid or not, if any
 * @param unpaidRun               the periods making up the run, oldest first
 * @param amountOwed              what remains unpaid of every overdue bill — the bills only, BPU has no fine
 */
public record ArrearsStanding(
        State state,
        int consecutiveUnpaidMonths,
        Optional<BillingPeriod> latestOverdue,
        List<BillingPeriod> unpaidRun,
        long amountOwed) {

    public enum State { CURRENT, IN_ARREARS, LAPSED }

    public ArrearsStanding {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(latestOverdue, "latestOverdue");
        unpaidRun = List.copyOf(unpaidRun);
    }
}
