package id.pekalongan.batikberlian.domain.benefit;

/** How the injured participant was carried; land, river and lake transport share one cap. */
public enum TransportMode {
    LAND(TransportCapClass.LAND_RIVER_LAKE),
    RIVER(TransportCapClass.LAND_RIVER_LAKE),
    LAKE(TransportCapClass.LAND_RIVER_LAKE),
    SEA(TransportCapClass.SEA),
    AIR(TransportCapClass.AIR);

    private final TransportCapClass capClass;

    TransportMode(TransportCapClass capClass) {
        this.capClass = capClass;
    }

    public TransportCapClass capClass() {
        return capClass;
    }

    static TransportMode parse(String value) {
        for (TransportMode m : values()) {
            if (m.name().equals(value)) {
                return m;
            }
        }
        return null;
    }
}
