package id.pekalongan.batikberlian.domain.benefit;

/** Stable codes for what is not paid. */
public enum NotPayableCode {
    SCHOLARSHIP_CONTRIBUTION_MONTHS_SHORT,
    SCHOLARSHIP_CHILD_TOO_OLD,
    SCHOLARSHIP_CHILD_MARRIED,
    SCHOLARSHIP_CHILD_WORKING,
    SCHOLARSHIP_CHILD_LIMIT,
    SCHOLARSHIP_NOT_IN_ROUTE,
    NO_HEIR,
    HEIR_LOWER_RANK,
    DISABILITY_COMBINED_CAP,
    TRANSPORT_ABOVE_CAP,
    HOME_CARE_BEYOND_ONE_YEAR,
    HOME_CARE_ABOVE_CAP,
    NOT_COVERED_BY_JKM,
    FIELD_NOT_APPLICABLE;

    NotPayable because(String reason) {
        return new NotPayable(name(), reason);
    }
}
