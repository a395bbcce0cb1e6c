package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikMask;

import java.util.Objects;

/** One participant's line on a month's bill, as it enters the roster hash. */
public record RosterLine(String nik, long premiumTotal, String rateVersion) {


    public RosterLine {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(rateVersion, "rateVersion");
        // The canonical text relies on these: no separator or newline can hide inside a field.
        if (!Nik.isSixteenDigits(nik)) {
            throw new IllegalArgumentException("NIK must be 16 digits: " + NikMask.mask(nik));
        }
        if (rateVersion.isBlank() || rateVersion.contains(";") || rateVersion.contains("\n")
                || rateVersion.contains("\r")) {
            throw new IllegalArgumentException("rate version must be non-blank without ';' or line breaks");
        }
        if (premiumTotal < 0) {
            throw new IllegalArgumentException("premium must not be negative: " + premiumTotal);
        }
    }

    public static RosterLine of(String nik, Premium premium) {
        return new RosterLine(nik, premium.total(), premium.rateVersion());
    }

    @Override
    public String toString() {
        return "RosterLine[nik=" + NikMask.mask(nik) + ", premiumTotal=" + premiumTotal + ", rateVersion="
                + rateVersion + "]";
    }
}
