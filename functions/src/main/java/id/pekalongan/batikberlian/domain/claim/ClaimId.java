package id.pekalongan.batikberlian.domain.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The id of a claim, derived from what makes a claim unique: the participant, the claim type and the incident date.
 * Deriving it (instead of drawing a random one) is what lets a conditional write refuse the same claim filed twice.
 * The NIK only enters through a hash, so an id in a URL or a log does not show it.
 */
public final class ClaimId {

    private static final String PREFIX = "KLM-";
    private static final int HEX_CHARS = 24;

    private ClaimId() {
    }

    public static String of(String nik, String type, LocalDate incidentDate) {
        Objects.requireNonNull(nik, "nik");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(incidentDate, "incidentDate");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(("batik-berlian/claim|" + nik + "|" + type + "|" + incidentDate)
                    .getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS).toUpperCase(java.util.Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a path parameter can be a claim id at all, so that junk never reaches the table. */
    public static boolean looksValid(String id) {
        return id != null && id.length() == PREFIX.length() + HEX_CHARS && id.startsWith(PREFIX)
                && id.substring(PREFIX.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'));
    }
}
