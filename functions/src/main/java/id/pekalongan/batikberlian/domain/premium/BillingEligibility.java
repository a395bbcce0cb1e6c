package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.time.Age;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Decides who is billed for month M (RULES.md §1): everything is judged on the 1st of M.
 *
 * <ul>
 *   <li>alive on the 1st: a death on date D is billed for D's month (the member was covered when it happened) and
 *       stops billing from the month after D;</li>
 *   <li>status ACTIVE;</li>
 *   <li>coverage started on or before the 1st (coverage start = 1st of the month after approval, by policy);</li>
 *   <li>aged {@link BillingPolicy#minimumAge()}–{@link BillingPolicy#maximumAge()} inclusive on the 1st.</li>
 * </ul>
 */
public final class BillingEligibility {

    private final BillingPolicy policy;
    private final PremiumCalculator calculator;

    public BillingEligibility(BillingPolicy policy, PremiumCalculator calculator) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
    }

    public BillingDecision decide(BillingCandidate candidate, BillingPeriod period) {
        LocalDate first = period.firstDay();
        if (candidate.dateOfDeath().filter(death -> death.isBefore(first)).isPresent()) {
            return new BillingDecision.NotBillable(NotBillableReason.DECEASED,
                    "dateOfDeath=" + candidate.dateOfDeath().get());
        }
        if (candidate.status() != MembershipStatus.ACTIVE) {
            return new BillingDecision.NotBillable(NotBillableReason.NOT_ACTIVE, "status=" + candidate.status());
        }
        LocalDate coverageStart = policy.coverageStart(candidate.approvedOn());
        if (coverageStart.isAfter(first)) {
            return new BillingDecision.NotBillable(NotBillableReason.NOT_YET_COVERED, "coverageStart=" + coverageStart);
        }
        int age = Age.yearsOn(candidate.birthDate(), first);
        if (age < policy.minimumAge()) {
            return new BillingDecision.NotBillable(NotBillableReason.UNDER_AGE, "age=" + age + " on " + first);
        }
        if (age > policy.maximumAge()) {
            return new BillingDecision.NotBillable(NotBillableReason.AGED_OUT, "age=" + age + " on " + first);
        }
        return new BillingDecision.Billable(calculator.premium(period, candidate.declaredIncome()));
    }

    public BillingPolicy policy() {
        return policy;
    }
}
