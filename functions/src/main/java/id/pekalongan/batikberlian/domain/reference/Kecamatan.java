package id.pekalongan.batikberlian.domain.reference;

import java.util.Objects;

/**
 * A kecamatan (district) of Kota Pekalongan.
 *
 * @param code dotted Kemendagri code, e.g. "33.75.01"
 * @param name e.g. "Pekalongan Barat"
 */
public record Kecamatan(String code, String name) {

    public Kecamatan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
