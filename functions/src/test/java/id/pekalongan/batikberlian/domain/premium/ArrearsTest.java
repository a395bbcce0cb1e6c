package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArrearsTest {

    private static final long BILL = 16_800;
    private final Arrears arrears = new Arrears(ArrearsPolicy.DEFAULT, HolidayCalendar.indonesia());

    /** 2024 months, e.g. "01|02|03"; blank means none. */
    private static List<BillingPeriod> months(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split("\\|")).map(m -> BillingPeriod.of(2024, Integer.parseInt(m.strip()))).toList();
    }

    private static List<BilledPeriod> billed(String list) {
        return months(list).stream().map(p -> new BilledPeriod(p, BILL)).toList();
    }

    /** Each listed month paid in full on the 10th of that month. */
    private static List<PremiumPayment> paidOnTime(String list) {
        return months(list).stream()
                .map(p -> PremiumPayment.of(p.firstDay().withDayOfMonth(10), BILL, Set.of(p)))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @ParameterizedTest(name = "paid {0}, as of {1}: {3} x{2}, owed {4}")
    @CsvSource({
            "01|02|03|04|05|06, 2024-07-01, 0, CURRENT,    0",
            "01|02|03|04|05,    2024-07-01, 1, IN_ARREARS, 16800",
            "01|02|03|04,       2024-07-01, 2, IN_ARREARS, 33600",   // 2 months: still a member
            "01|02|03,          2024-07-01, 3, LAPSED,     50400",   // 3 months: lapses
            "'',                2024-07-01, 6, LAPSED,     100800",
            "01|02|03|04,       2024-06-18, 1, IN_ARREARS, 16800",   // June is due the 18th (15th Sat, 17th Idul Adha)
            "01|02|03|04,       2024-06-19, 2, IN_ARREARS, 33600",
            "01|03|05,          2024-07-01, 1, IN_ARREARS, 50400",   // three unpaid months, never three in a row
            "'',                2024-01-15, 0, CURRENT,    0",       // January is not overdue on its due date
            "'',                2024-01-16, 1, IN_ARREARS, 16800",
            "02|03|04|05|06,    2024-07-01, 0, CURRENT,    16800",   // an old unpaid month is owed, not a run
    })
    void standingCountsOverdueUnpaidMonthsInARow(String paid, LocalDate asOf, int run, ArrearsStanding.State state,
                                                 long owed) {
        ArrearsStanding standing = arrears.standing(billed("01|02|03|04|05|06"), paidOnTime(paid), asOf);

        assertThat(standing.consecutiveUnpaidMonths()).isEqualTo(run);
        assertThat(standing.state()).isEqualTo(state);
        assertThat(standing.amountOwed()).as("the bills only: BPU has no fine").isEqualTo(owed);
    }

    @ParameterizedTest(name = "billed {0}, paid {1}, up to {2}: {3}")
    @CsvSource({
            "01|02|04|05, '',    05, 2",   // March was not billed: the run stops there
            "01|02|04|05, '',    04, 1",
            "01|02|04|05, '',    03, 0",
            "01|02|04|05, '',    02, 2",
            "01|02|03|04, 04,    04, 0",
            "01|02|03|04, 04,    03, 3",
            "01|02|03|04, 02,    04, 2",
    })
    void consecutiveUnpaidMonthsUpToAPeriod(String bills, String paid, String upTo, int expected) {
        int run = arrears.consecutiveUnpaidMonths(billed(bills), paidOnTime(paid), months(upTo).get(0),
                LocalDate.of(2024, 12, 31));

        assertThat(run).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} paid on {1} for {2}: run {3}")
    @CsvSource({
            "33600, 2024-03-01, 01|02, 0",    // both months in full
            "30000, 2024-03-01, 01|02, 1",    // January in full, 3,200 of February missing
            "16800, 2024-03-01, 02|01, 1",    // oldest first, whatever the order given
            "50400, 2024-03-01, 01|02, 0",    // paying more does not pay an unbilled month
            "33600, 2024-03-02, 01|02, 2",    // paid after the as-of date: not counted yet
    })
    void paymentsPayTheMonthsTheyNameOldestFirst(long amount, LocalDate paidOn, String covers, int run) {
        PremiumPayment payment = PremiumPayment.of(paidOn, amount, Set.copyOf(months(covers)));

        assertThat(arrears.consecutiveUnpaidMonths(billed("01|02"), List.of(payment), BillingPeriod.of(2024, 2),
                LocalDate.of(2024, 3, 1))).isEqualTo(run);
    }

    @ParameterizedTest(name = "paid on time {0}, later {2} on {1}; event {3}; judged {4}; {5}: {6}")
    @CsvSource({
            "01|02|03|04|05, '',         '',    2024-05-20, 2024-06-01, COVERED_ONCE_PAID, COVERED, 0",
            "01|02|03,       '',         '',    2024-05-20, 2024-06-01, COVERED_ONCE_PAID, PENDING_ARREARS_PAYMENT, 2",
            "01|02|03,       2024-05-30, 04|05, 2024-05-20, 2024-06-01, COVERED_ONCE_PAID, COVERED, 2",
            "01|02|03,       2024-05-30, 04,    2024-05-20, 2024-06-01, COVERED_ONCE_PAID, PENDING_ARREARS_PAYMENT, 2",
            "01|02|03,       2024-05-30, 04|05, 2024-05-20, 2024-06-01, NOT_COVERED,       NOT_COVERED_IN_ARREARS, 2",
            "01|02,          2024-05-30, 03|04|05, 2024-05-20, 2024-06-01, COVERED_ONCE_PAID, NOT_COVERED_LAPSED, 3",
            "01|02|03,       '',         '',    2024-05-10, 2024-06-01, COVERED_ONCE_PAID, PENDING_ARREARS_PAYMENT, 1",
            "01|02|03|04,    '',         '',    2024-05-10, 2024-06-01, COVERED_ONCE_PAID, COVERED, 0",  // May not yet due
            "01|02|03|04|05, '',         '',    2024-08-03, 2024-09-01, COVERED_ONCE_PAID, NOT_BILLED, 0",
    })
    void coverForAnEventDuringArrears(String paid, String latePaidOn, String lateMonths, LocalDate event,
                                      LocalDate judged, ArrearsPolicy.CoverDuringArrears policy,
                                      EventCover.Outcome outcome, int monthsInArrears) {
        List<PremiumPayment> payments = paidOnTime(paid);
        if (!latePaidOn.isBlank()) {
            List<BillingPeriod> late = months(lateMonths);
            payments.add(PremiumPayment.of(LocalDate.parse(latePaidOn), BILL * late.size(), Set.copyOf(late)));
        }
        Arrears withPolicy = new Arrears(new ArrearsPolicy(3, policy), HolidayCalendar.indonesia());

        EventCover cover = withPolicy.coverFor(event, billed("01|02|03|04|05|06"), payments, judged);

        assertThat(cover.outcome()).isEqualTo(outcome);
        assertThat(cover.monthsInArrearsAtEvent()).isEqualTo(monthsInArrears);
        assertThat(cover.periodsToPay().isEmpty()).isEqualTo(outcome != EventCover.Outcome.PENDING_ARREARS_PAYMENT);
    }

    @Test
    void aLatePaymentClearsTheStandingFromTheDayItIsPaid() {
        List<PremiumPayment> late = List.of(PremiumPayment.of(LocalDate.of(2024, 7, 5), 6 * BILL,
                Set.copyOf(months("01|02|03|04|05|06"))));

        assertThat(arrears.standing(billed("01|02|03|04|05|06"), late, LocalDate.of(2024, 7, 4)).state())
                .isEqualTo(ArrearsStanding.State.LAPSED);
        assertThat(arrears.standing(billed("01|02|03|04|05|06"), late, LocalDate.of(2024, 7, 5)).state())
                .isEqualTo(ArrearsStanding.State.CURRENT);
    }

    @Test
    void aMonthBilledTwiceIsRefused() {
        List<BilledPeriod> twice = List.of(new BilledPeriod(BillingPeriod.of(2024, 1), BILL),
                new BilledPeriod(BillingPeriod.of(2024, 1), BILL));

        assertThatThrownBy(() -> arrears.standing(twice, List.of(), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
