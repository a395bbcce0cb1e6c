package id.pekalongan.batikberlian.domain.premium;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The policy parameters of billing (RULES.md §1, marked policy there).
 *
 * @param minimumAge                       youngest age, in full years on the 1st of the month, that is billed (18)
 * @param maximumAge                       oldest age, in full years on the 1st of the month, that is billed (65)
 * @param coverageStartMonthsAfterApproval coverage starts on the 1st of the month this many months after the month
 *                                         of approval (1: approval in May covers from 1 June)
 */
public record BillingPolicy(int minimumAge, int maximumAge, int coverageStartMonthsAfterApproval) {

    public static final BillingPolicy DEFAULT = new BillingPolicy(18, 65, 1);

    public BillingPolicy {
        if (minimumAge < 0 || maximumAge < minimumAge) {
            throw new IllegalArgumentException("ages must satisfy 0 <= min <= max: " + minimumAge + ".." + maximumAge);
        }
        if (coverageStartMonthsAfterApproval < 0) {
            throw new IllegalArgumentException("coverage cannot start before approval");
        }
    }

    public LocalDate coverageStart(LocalDate approvedOn) {
        Objects.requireNonNull(approvedOn, "approvedOn");
        return approvedOn.withDayOfMonth(1).plusMonths(coverageStartMonthsAfterApproval);
    }

    /**
     * Age in full years. Someone born on 29 February is a year older on 1 March in a common year, never on
     * 28 February (the reading of java.time's period arithmetic, and of Indonesian civil practice).
     */
    public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }
}
