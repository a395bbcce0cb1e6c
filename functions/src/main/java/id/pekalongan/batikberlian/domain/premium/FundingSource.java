package id.pekalongan.batikberlian.domain.premium;

/** Where the money for premiums comes from. */
public enum FundingSource {
    /** The city's annual budget. */
    APBD("APBD"),
    /** The mid-year revised budget (APBD Perubahan). */
    APBD_P("APBD-P"),
    /** Companies' social responsibility co-funding. */
    CSR("CSR");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    /** The name used in city documents. */
    public String label() {
        return label;
    }
}
