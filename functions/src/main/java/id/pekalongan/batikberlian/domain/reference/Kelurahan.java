package id.pekalongan.batikberlian.domain.reference;

import java.util.Objects;

/**
 * A kelurahan (urban village) of Kota Pekalongan, with the kecamatan it belongs to.
 *
 * @param code          dotted Kemendagri code, e.g. "33.75.01.1004"
 * @param name          the official spelling, e.g. "Sapuro Kebulen"
 * @param kecamatanCode e.g. "33.75.01"
 * @param kecamatanName e.g. "Pekalongan Barat"
 */
public record Kelurahan(String code, String name, String kecamatanCode, String kecamatanName) {

    public Kelurahan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kecamatanCode, "kecamatanCode");
        Objects.requireNonNull(kecamatanName, "kecamatanName");
        if (!code.startsWith(kecamatanCode + ".")) {
            throw new IllegalArgumentException("kelurahan " + code + " is not inside kecamatan " + kecamatanCode);
        }
    }

    public Kecamatan kecamatan() {
        return new Kecamatan(kecamatanCode, kecamatanName);
    }
}
