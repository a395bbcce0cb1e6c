package id.pekalongan.batikberlian.domain.upload;

import java.util.Locale;
import java.util.Set;

/**
 * Reads yes/no columns (DTKS, P3KE, Disabilitas, Tulang Punggung). Yes: Ya, Y, Yes, 1, √, ✓, ✔, V, Benar, Iya, TRUE.
 * No: Tidak, T, Tdk, Bukan, No, N, 0, x, ✗, ✘, "-", FALSE. "T" is Tidak (Indonesian), not True; "-" is how forms say
 * "none". A blank cell is VALUE_MISSING, which callers of optional flags may read as "not stated".
 */
public final class FlagParser {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Set<String> YES = Set.of("ya", "y", "yes", "iya", "1", "√", "✓", "✔", "v", "benar", "true");
    private static final Set<String> NO = Set.of("tidak", "t", "tdk", "bukan", "no", "n", "0", "x", "✗", "✘", "-",
            "false");

    private FlagParser() {
    }

    public static ParsedValue<Boolean> parse(String input) {
        if (input == null || HeaderText.clean(input).isEmpty()) {
            return ParsedValue.missing("Isian ya/tidak");
        }
        String text = HeaderText.clean(input);
        String key = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        if (key.endsWith(".") && key.length() > 1) {
            key = key.substring(0, key.length() - 1);
        }
        if (YES.contains(key)) {
            return ParsedValue.valid(Boolean.TRUE);
        }
        if (NO.contains(key)) {
            return ParsedValue.valid(Boolean.FALSE);
        }
        return ParsedValue.invalid(ReasonCode.FLAG_INVALID, text, "Isian \"" + text
                + "\" tidak dikenali; isi Ya atau Tidak");
    }
}
