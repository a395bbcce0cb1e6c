package id.pekalongan.batikberlian.domain.premium;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Arrears of one participant, from the months billed and the payments recorded.
 *
 * <p>Definitions, all judged "as of" a date so that a late payment never rewrites what was true earlier:
 * <ul>
 *   <li>a payment counts from the day it is paid (on the day of an event, a payment made that day counts);</li>
 *   <li>a payment pays the months it names, oldest first; a month is paid when the amounts allotted to it reach its
 *       bill; what a payment names for an unbilled month, or beyond the bill, pays nothing;</li>
 *   <li>a month is overdue once its due date (the 15th, or the next working day) has passed;</li>
 *   <li>the run of unpaid months counts back from a period over billed, unpaid months; a month that was not billed
 *       ends the run, since nothing was owed for it;</li>
 *   <li>a run reaching {@link ArrearsPolicy#lapseAfterUnpaidMonths()} means the membership lapses.</li>
 * </ul>
 * No fine is ever added: the amount owed is the sum of what remains of the bills.
 */
public final class Arrears {

    private final ArrearsPolicy policy;
    private final HolidayCalendar calendar;

    public Arrears(ArrearsPolicy policy, HolidayCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Consecutive billed-and-unpaid months ending at {@code upTo} (inclusive), counting payments made by {@code asOf}. */
    public int consecutiveUnpaidMonths(Collection<BilledPeriod> bills, Collection<PremiumPayment> payments,
                                       BillingPeriod upTo, LocalDate asOf) {
        return unpaidRunEndingAt(outstanding(bills, payments, asOf), upTo).size();
    }

    public ArrearsStanding standing(Collection<BilledPeriod> bills, Collection<PremiumPayment> payments,
                                    LocalDate asOf) {
        TreeMap<BillingPeriod, Long> outstanding = outstanding(bills, payments, asOf);
        Optional<BillingPeriod> latestOverdue = bills.stream()
                .map(BilledPeriod::period)
                .filter(p -> p.dueDate(calendar).isBefore(asOf))
                .max(Comparator.naturalOrder());
        List<BillingPeriod> run = latestOverdue.map(p -> unpaidRunEndingAt(outstanding, p)).orElse(List.of());
        long owed = outstanding.entrySet().stream()
                .filter(e -> e.getKey().dueDate(calendar).isBefore(asOf))
                .mapToLong(Map.Entry::getValue)
                .sum();
        ArrearsStanding.State state = run.isEmpty() ? ArrearsStanding.State.CURRENT
                : run.size() >= policy.lapseAfterUnpaidMonths() ? ArrearsStanding.State.LAPSED
                : ArrearsStanding.State.IN_ARREARS;
        return new ArrearsStanding(state, run.size(), latestOverdue, run, owed);
    }

    /**
     * Cover for an event on {@code eventDate}, judged with payments made by {@code asOf} (normally the day the claim
     * is decided). Arrears are measured on the day of the event, so paying after the event cannot undo a lapse.
     */
    public EventCover coverFor(LocalDate eventDate, Collection<BilledPeriod> bills,
                               Collection<PremiumPayment> payments, LocalDate asOf) {
        BillingPeriod eventPeriod = BillingPeriod.containing(eventDate);
        boolean billed = bills.stream().anyMatch(b -> b.period().equals(eventPeriod));
        if (!billed) {
            return new EventCover(EventCover.Outcome.NOT_BILLED, 0, List.of());
        }
        ArrearsStanding atEvent = standing(bills, payments, eventDate);
        switch (atEvent.state()) {
            case CURRENT:
                return new EventCover(EventCover.Outcome.COVERED, 0, List.of());
            case LAPSED:
                return new EventCover(EventCover.Outcome.NOT_COVERED_LAPSED, atEvent.consecutiveUnpaidMonths(),
                        List.of());
            default:
                break;
        }
        if (policy.coverDuringArrears() == ArrearsPolicy.CoverDuringArrears.NOT_COVERED) {
            return new EventCover(EventCover.Outcome.NOT_COVERED_IN_ARREARS, atEvent.consecutiveUnpaidMonths(),
                    List.of());
        }
        TreeMap<BillingPeriod, Long> stillOutstanding = outstanding(bills, payments, asOf);
        List<BillingPeriod> toPay = atEvent.unpaidRun().stream().filter(stillOutstanding::containsKey).toList();
        return new EventCover(toPay.isEmpty() ? EventCover.Outcome.COVERED : EventCover.Outcome.PENDING_ARREARS_PAYMENT,
                atEvent.consecutiveUnpaidMonths(), toPay);
    }

    /** Unpaid remainder per billed period, counting payments made on or before {@code asOf}; paid periods absent. */
    TreeMap<BillingPeriod, Long> outstanding(Collection<BilledPeriod> bills, Collection<PremiumPayment> payments,
                                             LocalDate asOf) {
        TreeMap<BillingPeriod, Long> remaining = new TreeMap<>();
        for (BilledPeriod bill : bills) {
            if (remaining.put(bill.period(), bill.amount()) != null) {
                throw new IllegalArgumentException("period " + bill.period() + " billed twice");
            }
        }
        List<PremiumPayment> counted = new ArrayList<>();
        for (PremiumPayment payment : payments) {
            if (!payment.paidOn().isAfter(asOf)) {
                counted.add(payment);
            }
        }
        counted.sort(Comparator.comparing(PremiumPayment::paidOn));
        for (PremiumPayment payment : counted) {
            long left = payment.amount();
            for (BillingPeriod period : payment.periodsCovered()) {
                Long due = remaining.get(period);
                if (due == null || left == 0) {
                    continue;
                }
                long allotted = Math.min(left, due);
                left -= allotted;
                if (allotted == due) {
                    remaining.remove(period);
                } else {
                    remaining.put(period, due - allotted);
                }
            }
        }
        return remaining;
    }

    private static List<BillingPeriod> unpaidRunEndingAt(TreeMap<BillingPeriod, Long> outstanding, BillingPeriod end) {
        List<BillingPeriod> run = new ArrayList<>();
        for (BillingPeriod p = end; outstanding.containsKey(p); p = p.previous()) {
            run.add(p);
        }
        Collections.reverse(run);
        return run;
    }
}
