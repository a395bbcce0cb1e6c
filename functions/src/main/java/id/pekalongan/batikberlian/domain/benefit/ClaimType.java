package id.pekalongan.batikberlian.domain.benefit;

/** The kind of claim; the JSON {@code type} field carries one of these names. */
public enum ClaimType {
    JKM_DEATH,
    JKK_DEATH,
    JKK_TOTAL_DISABILITY,
    JKK_PARTIAL_DISABILITY,
    JKK_TEMPORARY_INCAPACITY,
    JKK_MEDICAL;

    public boolean isWorkAccident() {
        return this != JKM_DEATH;
    }

    public boolean isDeath() {
        return this == JKM_DEATH || this == JKK_DEATH;
    }

    /** Only death and total permanent disability carry a scholarship. */
    public boolean carriesScholarship() {
        return this == JKM_DEATH || this == JKK_DEATH || this == JKK_TOTAL_DISABILITY;
    }

    /** The JKM route needs a minimum number of contribution months for the scholarship; the JKK routes need none. */
    public boolean scholarshipNeedsContributionMonths() {
        return this == JKM_DEATH;
    }

    static ClaimType parse(String value) {
        for (ClaimType t : values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return null;
    }
}
