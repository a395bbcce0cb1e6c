package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.participant.AgeLimits;

import java.time.LocalDate;
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

    public static final BillingPolicy DEFAULT = new BillingPolicy(
            AgeLimits.PROGRAMME.minimum(), AgeLimits.PROGRAMME.maximum(), 1);

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

}
