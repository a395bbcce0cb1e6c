package id.pekalongan.batikberlian.domain.benefit;

/** Stable reason codes for a request that cannot be priced. */
public enum RejectReason {
    MISSING_FIELD,
    UNKNOWN_TYPE,
    INCIDENT_IN_FUTURE,
    NO_BENEFIT_TABLE,
    INVALID_DECLARED_INCOME,
    NEGATIVE_DAYS,
    NEGATIVE_MONTHS,
    NEGATIVE_AMOUNT,
    UNKNOWN_DISABILITY_ITEM,
    INVALID_PERCENT,
    UNKNOWN_SCHOOL_LEVEL,
    INVALID_GRADE,
    INVALID_BIRTH_DATE,
    UNKNOWN_TRANSPORT_MODE,
    UNKNOWN_HEIR_RELATION,
    /** A number beyond what the regulation could ever price (or the arithmetic could hold). */
    OUT_OF_RANGE
}
