package id.pekalongan.batikberlian.domain.upload;

import java.util.Objects;

/**
 * Something wrong with one row, found while reading it. Any problem makes the row unusable.
 *
 * @param field   the column concerned, or null when the problem is the row as a whole
 * @param message for kelurahan clerks, in Bahasa Indonesia
 */
public record RowProblem(ReasonCode code, Field field, String message) {
    public RowProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
