package id.pekalongan.batikberlian.domain.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Contribution months of a participant on an incident date, from the months they were billed.
 *
 * @param cumulative every billed month up to and including the incident month
 * @param continuous the latest unbroken run of billed months among those (for a policy that counts continuous months)
 */
public record ContributionCount(int cumulative, int continuous) {

    /** Month M is billed on the 1st of M, so M's line counts for an incident on any day of M. */
    public static ContributionCount of(Collection<YearMonth> billedMonths, LocalDate incidentDate) {
        YearMonth last = YearMonth.from(incidentDate);
        TreeSet<YearMonth> months = new TreeSet<>();
        for (YearMonth m : billedMonths) {
            if (!m.isAfter(last)) {
                months.add(m);
            }
        }
        int run = 0;
        if (!months.isEmpty()) {
            for (YearMonth m = months.last(); months.contains(m); m = m.minusMonths(1)) {
                run++;
            }
        }
        return new ContributionCount(months.size(), run);
    }
}
