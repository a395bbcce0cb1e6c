package id.pekalongan.batikberlian.domain.nik;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every NIK-looking run inside free text — a log message, a logged value, an exception's message — with
 * {@link NikMask}'s rule, so text that was never meant to carry a NIK cannot carry one out.
 *
 * <p>NIK-looking is sixteen digits, written together or grouped by single spaces, dots or hyphens as people type
 * them, and not part of a longer number: a stream sequence number or an epoch in nanoseconds stays readable.
 */
public final class NikInText {

    // Nik.LENGTH digits, the first then each of the rest after at most one separator; no digit either side.
    private static final Pattern NIK_LIKE = Pattern.compile(
            "(?<![0-9])[0-9](?:[ .-]?[0-9]){" + (Nik.LENGTH - 1) + "}(?![0-9])");

    private NikInText() {
    }

    /** The text with each NIK-looking run masked; the same instance when there is none (the usual case). */
    public static String maskAll(String text) {
        if (text == null || !hasEnoughDigits(text)) {
            return text;
        }
        Matcher m = NIK_LIKE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(NikMask.mask(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    // Most log text holds a handful of digits: counting them is cheaper than running the pattern.
    private static boolean hasEnoughDigits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= Nik.LENGTH) {
                return true;
            }
        }
        return false;
    }
}
