package id.pekalongan.batikberlian.domain.reference;

/** What free text typed as a kelurahan turned out to be. */
public sealed interface KelurahanMatch {

    /** A kelurahan of Kota Pekalongan. */
    record InCity(Kelurahan kelurahan) implements KelurahanMatch {
    }

    /**
     * A place known to be outside the city — typically a kecamatan of Kabupaten Pekalongan, which surrounds it and
     * shares its name — so the clerk is told "outside the city" rather than "unknown".
     *
     * @param place  the place as written in the reference list, e.g. "Kedungwuni"
     * @param region where it is, e.g. "Kabupaten Pekalongan"
     */
    record OutsideCity(String place, String region) implements KelurahanMatch {
    }

    /** Nothing in the reference data matches. */
    record Unknown(String text) implements KelurahanMatch {
    }
}
