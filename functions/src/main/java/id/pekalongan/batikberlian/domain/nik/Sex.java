package id.pekalongan.batikberlian.domain.nik;

import java.util.Locale;
import java.util.Optional;

/** Sex as recorded by Dukcapil; the NIK encodes it by adding 40 to the day of birth for women. */
public enum Sex {
    MALE("Laki-laki"),
    FEMALE("Perempuan");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    /** The word a kelurahan clerk reads on a KTP. */
    public String label() {
        return label;
    }

    /**
     * Reads the spellings found in kelurahan spreadsheets ("L", "P", "Laki-laki", "Perempuan", "Pria", "Wanita").
     * Anything else is empty rather than guessed.
     */
    public static Optional<Sex> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return switch (key) {
            case "l", "lk", "lakilaki", "laki", "pria", "male", "m" -> Optional.of(MALE);
            case "p", "pr", "perempuan", "wanita", "female", "f", "w" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
