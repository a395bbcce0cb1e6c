package id.pekalongan.batikberlian.domain.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns free text typed by a clerk into a comparison key: case, accents, punctuation, hyphens and spacing do not
 * count, so "Sapuro-Kebulen", "SAPURO  KEBULEN" and "sapurokebulen" meet.
 */
final class MatchKey {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s.\\-]");

    private MatchKey() {
    }

    /** Lower-case ASCII words, split on anything that is not a letter or digit. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .transform(t -> MARKS.matcher(t).replaceAll(""))
                .toLowerCase(Locale.ROOT)
                .transform(t -> NON_ALNUM.matcher(t).replaceAll(" "))
                .strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    static String compact(List<String> words) {
        return String.join("", words);
    }

    static String of(String text) {
        return compact(words(text));
    }

    /** The digits of a dotted administrative code ("33.75.01.1004" → "3375011004"), or null if it is not one. */
    static String codeDigits(String text) {
        if (text == null) {
            return null;
        }
        String stripped = SEPARATORS.matcher(text).replaceAll("");
        return !stripped.isEmpty() && stripped.chars().allMatch(c -> c >= '0' && c <= '9') ? stripped : null;
    }
}
