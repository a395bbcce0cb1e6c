package id.pekalongan.batikberlian.domain.participant;

/**
 * The ages between which a worker may be a participant, in completed years, both inclusive (RULES.md §2: 18–65).
 * Eligibility judges them on the evaluation date and billing on the 1st of each month, from this one pair, so an
 * admission and the bill that follows can never disagree about who is old enough.
 */
public record AgeLimits(int minimum, int maximum) {

    public static final AgeLimits PROGRAMME = new AgeLimits(18, 65);

    public AgeLimits {
        if (minimum < 0 || maximum < minimum) {
            throw new IllegalArgumentException("ages must satisfy 0 <= minimum <= maximum: " + minimum + ".." + maximum);
        }
    }
}
