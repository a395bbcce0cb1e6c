package id.pekalongan.batikberlian.domain.benefit;

import id.pekalongan.batikberlian.domain.premium.RateTables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The choices no source settles (RULES.md "policy"), each a named parameter with the documented default.
 *
 * @param defaultDeclaredIncome          wage used when a claim states none (the rate table's, Rp1.000.000)
 * @param contributionCounting           how the JKM scholarship threshold counts months (default CUMULATIVE)
 * @param childAgeLimit                  "under 23" (default) or "at most 23"
 * @param tkStartAge                     age at which a child not yet in school is assumed to start TK (default 4)
 * @param sdStartAge                     age at which such a child starts SD (default 6); at or above it a child must
 *                                       state a level
 * @param stmbDayBasis                   days per month for pro-rating temporary incapacity (default 30: a month of
 *                                       absence = 30 days, so 12 months at full wage = 360 days)
 * @param childSelection                 which two children receive the scholarship when more are eligible
 * @param combinedDisabilityCapPercent   several partial disabilities add up to at most this percent (default 70, the
 *                                       total-disability rate, so a partial claim never outgrows a total one)
 * @param rounding                       rounding of a computed rupiah amount to a whole rupiah (default HALF_UP)
 */
public record BenefitPolicy(
        long defaultDeclaredIncome,
        ContributionCounting contributionCounting,
        ChildAgeLimit childAgeLimit,
        int tkStartAge,
        int sdStartAge,
        int stmbDayBasis,
        ChildSelection childSelection,
        BigDecimal combinedDisabilityCapPercent,
        RoundingMode rounding) {

    public enum ContributionCounting {
        /** All paid months count, gaps or not. */
        CUMULATIVE,
        /** Only the latest unbroken run of paid months counts ({@code continuousContributionMonths}). */
        CONTINUOUS
    }

    public enum ChildAgeLimit {
        /** Eligible while younger than the table's age limit (a 23rd birthday ends it). */
        UNDER,
        /** Eligible until the day before the birthday after the age limit (a 24th birthday ends it). */
        AT_MOST;

        boolean allows(int ageInYears, int limit) {
            return this == UNDER ? ageInYears < limit : ageInYears <= limit;
        }
    }

    public enum ChildSelection {
        /** The two with the largest remaining entitlement; ties go to the younger child, then to input order. */
        LARGEST_ENTITLEMENT,
        /** The two youngest; ties go to input order. */
        YOUNGEST,
        /** The first two eligible children in the order given. */
        INPUT_ORDER
    }

    public BenefitPolicy {
        if (defaultDeclaredIncome <= 0 || stmbDayBasis <= 0 || tkStartAge < 0 || sdStartAge < tkStartAge) {
            throw new IllegalArgumentException("inconsistent benefit policy");
        }
    }

    /**
     * The documented defaults. The wage of a claim that states none is the declared income of the contribution
     * rates now in force ({@code premium-rates.csv}), the same figure the premiums were computed on.
     */
    public static BenefitPolicy defaults() {
        long declaredIncome = RateTables.standard().inForceOn(LocalDate.MAX).defaultDeclaredIncome();
        return new BenefitPolicy(declaredIncome, ContributionCounting.CUMULATIVE, ChildAgeLimit.UNDER, 4, 6, 30,
                ChildSelection.LARGEST_ENTITLEMENT, BigDecimal.valueOf(70), RoundingMode.HALF_UP);
    }

    public BenefitPolicy withChildAgeLimit(ChildAgeLimit limit) {
        return new BenefitPolicy(defaultDeclaredIncome, contributionCounting, limit, tkStartAge, sdStartAge,
                stmbDayBasis, childSelection, combinedDisabilityCapPercent, rounding);
    }

    public BenefitPolicy withContributionCounting(ContributionCounting counting) {
        return new BenefitPolicy(defaultDeclaredIncome, counting, childAgeLimit, tkStartAge, sdStartAge,
                stmbDayBasis, childSelection, combinedDisabilityCapPercent, rounding);
    }

    public BenefitPolicy withStmbDayBasis(int days) {
        return new BenefitPolicy(defaultDeclaredIncome, contributionCounting, childAgeLimit, tkStartAge, sdStartAge,
                days, childSelection, combinedDisabilityCapPercent, rounding);
    }

    public BenefitPolicy withChildSelection(ChildSelection selection) {
        return new BenefitPolicy(defaultDeclaredIncome, contributionCounting, childAgeLimit, tkStartAge, sdStartAge,
                stmbDayBasis, selection, combinedDisabilityCapPercent, rounding);
    }

    public BenefitPolicy withSchoolStartAges(int tk, int sd) {
        return new BenefitPolicy(defaultDeclaredIncome, contributionCounting, childAgeLimit, tk, sd,
                stmbDayBasis, childSelection, combinedDisabilityCapPercent, rounding);
    }
}
