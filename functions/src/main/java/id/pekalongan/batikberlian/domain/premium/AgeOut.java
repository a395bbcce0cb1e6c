package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.time.Age;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Participants leaving the programme by age. When month M is billed, two lists come out:
 * <ul>
 *   <li>{@link Stage#LAST_BILLABLE_MONTH}: still billable in M but older than the maximum age on the 1st of M+1 — the
 *       "listed one month ahead" notice, so the family and the kelurahan hear before the cover stops;</li>
 *   <li>{@link Stage#MUST_END}: already older than the maximum age on the 1st of M while still ACTIVE — to be set
 *       ENDED in M (they are not billed for M).</li>
 * </ul>
 * With the default policy "older than the maximum" means having turned 66.
 */
public final class AgeOut {

    public enum Stage { NONE, LAST_BILLABLE_MONTH, MUST_END }

    /** The two lists for one month; candidates keep their input order. */
    public record Sweep(BillingPeriod period, List<BillingCandidate> listedAhead, List<BillingCandidate> toEnd) {
        public Sweep {
            listedAhead = List.copyOf(listedAhead);
            toEnd = List.copyOf(toEnd);
        }
    }

    private final BillingPolicy policy;

    public AgeOut(BillingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Stage stage(LocalDate birthDate, BillingPeriod period) {
        if (Age.yearsOn(birthDate, period.firstDay()) > policy.maximumAge()) {
            return Stage.MUST_END;
        }
        if (Age.yearsOn(birthDate, period.next().firstDay()) > policy.maximumAge()) {
            return Stage.LAST_BILLABLE_MONTH;
        }
        return Stage.NONE;
    }

    /** The birthday on which the participant becomes too old (66 by default). */
    public LocalDate ageOutBirthday(LocalDate birthDate) {
        return birthDate.plusYears(policy.maximumAge() + 1L);
    }

    /**
     * The last month billed by age: the month holding the day before the age-out birthday. A 66th birthday on the 1st
     * of June makes May the last month; on the 2nd of June, June itself (the person is still 65 on 1 June).
     */
    public BillingPeriod lastBillablePeriod(LocalDate birthDate) {
        LocalDate birthday = ageOutBirthday(birthDate);
        // plusYears moves 29 February to the 28th; the birthday in a common year is 1 March, so step past it.
        if (birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29 && !birthday.isLeapYear()) {
            birthday = birthday.plusDays(1);
        }
        return BillingPeriod.containing(birthday.minusDays(1));
    }

    /** Only ACTIVE candidates are considered: someone already lapsed or ended needs no age-out action. */
    public Sweep sweep(List<BillingCandidate> candidates, BillingPeriod period) {
        List<BillingCandidate> ahead = new ArrayList<>();
        List<BillingCandidate> end = new ArrayList<>();
        for (BillingCandidate c : candidates) {
            if (c.status() != MembershipStatus.ACTIVE) {
                continue;
            }
            switch (stage(c.birthDate(), period)) {
                case LAST_BILLABLE_MONTH -> ahead.add(c);
                case MUST_END -> end.add(c);
                case NONE -> { }
            }
        }
        return new Sweep(period, ahead, end);
    }
}
