package id.pekalongan.batikberlian.functions.retention;

/**
 * What a redaction run did.
 *
 * @param day      the day (Asia/Jakarta, ISO) the retention was counted back from
 * @param redacted how many refusals were reduced to a salted hash and their reason codes
 */
public record RedactionResult(String day, int redacted) {
}
