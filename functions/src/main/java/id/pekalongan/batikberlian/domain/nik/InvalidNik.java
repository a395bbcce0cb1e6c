package id.pekalongan.batikberlian.domain.nik;

import java.util.Objects;

/**
 * A NIK cell that cannot be accepted.
 *
 * @param reason  the stable reason code
 * @param message what went wrong, in Bahasa Indonesia, for the kelurahan clerk; never contains the full NIK
 * @param masked  the offending value with at most 8 digits visible
 */
public record InvalidNik(NikReason reason, String message, String masked) implements NikParseResult {

    public InvalidNik {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(masked, "masked");
    }

    public String code() {
        return reason.code();
    }
}
