package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.participant.AgeLimits;

/**
 * The numbers the rules use, named so that a change of regulation or policy is a change of data.
 *
 * @param minimumAge         youngest eligible age in whole years, inclusive (RULES.md §2: 18)
 * @param maximumAge         oldest eligible age in whole years, inclusive (RULES.md §2: 65)
 * @param maximumPlausibleAge (policy) the oldest age taken as a real possibility when reading a two-digit NIK
 *                           year; default 100
 */
public record EligibilityPolicy(int minimumAge, int maximumAge, int maximumPlausibleAge) {

    public static final EligibilityPolicy DEFAULT = new EligibilityPolicy(
            AgeLimits.PROGRAMME.minimum(), AgeLimits.PROGRAMME.maximum(), 100);

    public EligibilityPolicy {
        if (minimumAge < 0 || maximumAge < minimumAge || maximumPlausibleAge < maximumAge) {
            throw new IllegalArgumentException("ages must satisfy 0 <= minimum <= maximum <= plausible maximum");
        }
    }
}
