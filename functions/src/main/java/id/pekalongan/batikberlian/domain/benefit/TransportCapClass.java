package id.pekalongan.batikberlian.domain.benefit;

/** The groups of transport modes that each have one ceiling; the ceilings of the groups used add up. */
public enum TransportCapClass {
    LAND_RIVER_LAKE("darat/sungai/danau"),
    SEA("laut"),
    AIR("udara");

    private final String label;

    TransportCapClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
