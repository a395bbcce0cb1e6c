package id.pekalongan.batikberlian.domain.reference;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private MatchKey() {
    }

    /** Lower-case ASCII words, split on anything that is not a letter or digit. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> ascii = asciiWords(text);
        return ascii != null ? ascii : foldedWords(text);
    }

    /**
     * The common case of plain ASCII text without the regular expressions and the Unicode normaliser; null when the
     * text has any other character, which {@link #foldedWords} then handles. Both give the same words.
     */
    static List<String> asciiWords(String text) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                letterOrDigit = true;
            }
            if (letterOrDigit) {
                if (word == null) {
                    word = new StringBuilder(n - i);
                }
                word.append(c);
            } else if (word != null) {
                words.add(word.toString());
                word = null;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    static List<String> foldedWords(String text) {
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
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!(c == '.' || c == '-' || c == ' ' || (c >= '\t' && c <= '\r'))) {
                return null;
            }
        }
        return digits.isEmpty() ? null : digits.toString();
    }
}
