package id.pekalongan.batikberlian.domain.upload;

import java.util.Objects;

/** The result of interpreting one cell's text. */
public sealed interface ParsedValue<T> {

    record Valid<T>(T value) implements ParsedValue<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * @param input   the text that was refused, so reports can show it
     * @param message for the clerk, in Bahasa Indonesia, naming the value
     */
    record Invalid<T>(ReasonCode code, String input, String message) implements ParsedValue<T> {
        public Invalid {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    static <T> ParsedValue<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> ParsedValue<T> invalid(ReasonCode code, String input, String message) {
        return new Invalid<>(code, input, message);
    }

    static <T> ParsedValue<T> missing(String what) {
        return new Invalid<>(ReasonCode.VALUE_MISSING, "", what + " kosong");
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The value, or throws; for callers that checked {@link #isValid()}. */
    default T orElseThrow() {
        if (this instanceof Valid<T> valid) {
            return valid.value();
        }
        Invalid<T> invalid = (Invalid<T>) this;
        throw new IllegalStateException(invalid.code() + ": " + invalid.message());
    }
}
