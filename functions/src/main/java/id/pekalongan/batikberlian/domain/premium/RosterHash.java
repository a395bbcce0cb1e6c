package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.nik.NikMask;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fingerprint of one period's roster, so a re-run can prove it billed the identical roster.
 *
 * <p>Canonical text (UTF-8, every line ending in '\n'), then SHA-256, lower-case hex:
 * <pre>
 * batik-berlian-roster v1
 * period=YYYY-MM
 * NIK;premiumTotal;rateVersion      one line per participant, sorted by NIK
 * </pre>
 * The input order does not matter; the period is part of the text, so identical rosters in two months differ.
 * A NIK appearing twice is refused: that roster would bill someone twice.
 *
 * @param sha256 64 lower-case hex digits
 */
public record RosterHash(BillingPeriod period, int participants, long totalAmount, String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public RosterHash {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sha256, "sha256");
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }

    public static RosterHash of(BillingPeriod period, Collection<RosterLine> roster) {
        Objects.requireNonNull(period, "period");
        List<RosterLine> sorted = new ArrayList<>(roster);
        sorted.sort(Comparator.comparing(RosterLine::nik));
        StringBuilder text = new StringBuilder("batik-berlian-roster v1\nperiod=").append(period).append('\n');
        long total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            RosterLine line = sorted.get(i);
            if (i > 0 && sorted.get(i - 1).nik().equals(line.nik())) {
                throw new IllegalArgumentException("NIK " + NikMask.mask(line.nik()) + " appears twice in " + period);
            }
            text.append(line.nik()).append(';').append(line.premiumTotal()).append(';').append(line.rateVersion())
                    .append('\n');
            total = Math.addExact(total, line.premiumTotal());
        }
        return new RosterHash(period, sorted.size(), total, sha256Hex(text.toString()));
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
