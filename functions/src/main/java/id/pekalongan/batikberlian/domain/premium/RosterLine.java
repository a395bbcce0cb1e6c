package id.pekalongan.batikberlian.domain.premium;

import java.util.Objects;
import java.util.regex.Pattern;

/** One participant's line on a month's bill, as it enters the roster hash. */
public record RosterLine(String nik, long premiumTotal, String rateVersion) {

    private static final Pattern NIK = Pattern.compile("[0-9]{16}");

    public RosterLine {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(rateVersion, "rateVersion");
        // The canonical text relies on these: no separator or newline can hide inside a field.
        if (!NIK.matcher(nik).matches()) {
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
