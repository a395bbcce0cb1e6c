package id.pekalongan.batikberlian.domain.reference;

/** What free text typed as a kecamatan turned out to be. */
public sealed interface KecamatanMatch {

    record InCity(Kecamatan kecamatan) implements KecamatanMatch {
    }

    /** A kecamatan of another region (Kabupaten Pekalongan). */
    record OutsideCity(String place, String region) implements KecamatanMatch {
    }

    record Unknown(String text) implements KecamatanMatch {
    }
}
