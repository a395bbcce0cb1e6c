package id.pekalongan.batikberlian.domain.participant;

import java.time.Instant;

/**
 * How the registration arrived.
 *
 * @param uploadId   the SHA-256 of the file that registered them, or {@code FORM} for the web form
 * @param rowNumber  the spreadsheet row in that file (0 for the form)
 * @param arrivalKey orders the waitlist: arrival time, then row number
 */
public record Arrival(String uploadId, int rowNumber, Instant receivedAt, String arrivalKey) {
}
