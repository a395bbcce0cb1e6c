package id.pekalongan.batikberlian.domain.upload;

import id.pekalongan.batikberlian.domain.nik.Sex;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the sex column. Accepted (case and spacing ignored): L, LK, Laki-laki, Laki laki, Lakilaki, Laki, Pria, M,
 * Male, 1 for men; P, PR, Perempuan, Wanita, W, F, Female, 2 for women. "P" is Perempuan, as in the L/P convention of
 * Indonesian forms; 1/2 follow the Dukcapil/BPS coding. Anything else is SEX_INVALID.
 */
public final class SexParser {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\-.]");

    private static final Map<String, Sex> WORDS = Map.ofEntries(
            Map.entry("l", Sex.MALE), Map.entry("lk", Sex.MALE), Map.entry("lakilaki", Sex.MALE),
            Map.entry("laki", Sex.MALE), Map.entry("pria", Sex.MALE), Map.entry("m", Sex.MALE),
            Map.entry("male", Sex.MALE), Map.entry("1", Sex.MALE),
            Map.entry("p", Sex.FEMALE), Map.entry("pr", Sex.FEMALE), Map.entry("perempuan", Sex.FEMALE),
            Map.entry("wanita", Sex.FEMALE), Map.entry("w", Sex.FEMALE), Map.entry("f", Sex.FEMALE),
            Map.entry("female", Sex.FEMALE), Map.entry("2", Sex.FEMALE));

    private SexParser() {
    }

    private static final ParsedValue<Sex> MALE = ParsedValue.valid(Sex.MALE);
    private static final ParsedValue<Sex> FEMALE = ParsedValue.valid(Sex.FEMALE);

    public static ParsedValue<Sex> parse(String input) {
        // The L/P column of nearly every file: one letter, answered without folding the text.
        if (input != null && input.length() == 1) {
            switch (input.charAt(0)) {
                case 'L', 'l', 'M', 'm', '1' -> {
                    return MALE;
                }
                case 'P', 'p', 'W', 'w', 'F', 'f', '2' -> {
                    return FEMALE;
                }
                default -> { }
            }
        }
        if (input == null || HeaderText.clean(input).isEmpty()) {
            return ParsedValue.missing("Jenis kelamin");
        }
        String text = HeaderText.clean(input);
        String key = SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        Sex sex = WORDS.get(key);
        if (sex == null) {
            return ParsedValue.invalid(ReasonCode.SEX_INVALID, text, "Jenis kelamin \"" + text
                    + "\" tidak dikenali; isi L (laki-laki) atau P (perempuan)");
        }
        return ParsedValue.valid(sex);
    }
}
