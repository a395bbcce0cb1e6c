package id.pekalongan.batikberlian.domain.participant;

import java.time.LocalDate;

/**
 * The dates of a membership; every part is empty until the city admits the worker, and the end and death parts stay
 * empty while the membership runs.
 */
public record Membership(LocalDate approvedOn, LocalDate coverageStart, Integer programmeYear, LocalDate endedOn,
                         EndReason endReason, LocalDate deathDate) {

    /** Not (yet) admitted. */
    public static final Membership NONE = new Membership(null, null, null, null, null, null);
}
