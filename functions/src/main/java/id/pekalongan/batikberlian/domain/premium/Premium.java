package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;

/**
 * The monthly contribution (iuran) for one participant: whole rupiah, with the rate table version that priced it so a
 * bill can always be explained after the rates change.
 */
public record Premium(long declaredIncome, long jkk, long jkm, long total, String rateVersion) {

    public Premium {
        Objects.requireNonNull(rateVersion, "rateVersion");
        if (declaredIncome < 0 || jkk < 0 || jkm < 0) {
            throw new IllegalArgumentException("premium components must not be negative");
        }
        if (total != Math.addExact(jkk, jkm)) {
            throw new IllegalArgumentException("total " + total + " is not JKK " + jkk + " + JKM " + jkm);
        }
    }
}
