package id.pekalongan.batikberlian.domain.benefit;

/** Stable codes of the priced lines. */
public enum ComponentCode {
    JKM_LUMP_SUM,
    JKK_DEATH_LUMP_SUM,
    PERIODIC_BENEFIT,
    FUNERAL,
    TOTAL_DISABILITY,
    PARTIAL_DISABILITY_ANATOMICAL,
    PARTIAL_DISABILITY_FUNCTIONAL,
    STMB_FULL_WAGE,
    STMB_REDUCED_WAGE,
    TRANSPORT_LAND_RIVER_LAKE,
    TRANSPORT_SEA,
    TRANSPORT_AIR,
    HOME_CARE,
    MEDICAL_CARE,
    SCHOLARSHIP;

    /** Cash for the participant or family; scholarship and medical care are reported apart. */
    public boolean isCash() {
        return this != SCHOLARSHIP && this != MEDICAL_CARE;
    }

    static ComponentCode transport(TransportCapClass capClass) {
        return switch (capClass) {
            case LAND_RIVER_LAKE -> TRANSPORT_LAND_RIVER_LAKE;
            case SEA -> TRANSPORT_SEA;
            case AIR -> TRANSPORT_AIR;
        };
    }
}
