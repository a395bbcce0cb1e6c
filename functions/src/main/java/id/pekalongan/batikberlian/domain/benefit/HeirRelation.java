package id.pekalongan.batikberlian.domain.benefit;

/**
 * Who may receive a death benefit, by rank: a lower rank number excludes every higher one. Spouse and children share
 * the first rank; the others follow in the order RULES.md §3 lists them; a will comes last. The person who arranged
 * the funeral is not an heir: they receive only the funeral cost, and only when there is no heir.
 */
public enum HeirRelation {
    SPOUSE(1),
    CHILD(1),
    PARENT(2),
    GRANDCHILD(3),
    GRANDPARENT(4),
    SIBLING(5),
    PARENT_IN_LAW(6),
    WILL_BENEFICIARY(7),
    FUNERAL_ARRANGER(0);

    private final int rank;

    HeirRelation(int rank) {
        this.rank = rank;
    }

    /** 0 for the funeral arranger, who has no rank among heirs. */
    public int rank() {
        return rank;
    }

    public boolean isHeir() {
        return rank > 0;
    }

    static HeirRelation parse(String value) {
        for (HeirRelation r : values()) {
            if (r.name().equals(value)) {
                return r;
            }
        }
        return null;
    }
}
