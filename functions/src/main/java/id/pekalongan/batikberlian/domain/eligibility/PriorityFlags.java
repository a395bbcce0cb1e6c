package id.pekalongan.batikberlian.domain.eligibility;

/**
 * Optional priority markers from RULES.md §2; they order a waitlist, they never make a row eligible.
 *
 * @param extremePoverty listed in P3KE/DTKS desil 1
 * @param disability     a person with a disability
 * @param breadwinner    the family's breadwinner
 */
public record PriorityFlags(boolean extremePoverty, boolean disability, boolean breadwinner) {

    public static final PriorityFlags NONE = new PriorityFlags(false, false, false);

    public boolean any() {
        return extremePoverty || disability || breadwinner;
    }
}
