package id.pekalongan.batikberlian.domain.nik;

/**
 * Masks NIK-like text for reports and logs (UU PDP 27/2022).
 *
 * <p>Only digits are hidden; separators and letters stay so a clerk can still see what was typed. At most 4 leading
 * and 4 trailing digits are kept, and only when at least as many digits stay hidden as are shown; shorter values
 * show fewer, so a masked value never reveals more than 8 digits nor most of a short one.
 */
public final class NikMask {

    /** Long cells (a pasted row, say) are cut so a report line stays readable. */
    private static final int MAX_SHOWN_CHARS = 40;

    private NikMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return "";
        }
        if (Nik.isSixteenDigits(text)) {
            // The common case, one array and one string: reports and logs mask every NIK they name.
            char[] shown = "****************".toCharArray();
            text.getChars(0, 4, shown, 0);
            text.getChars(12, 16, shown, 12);
            return new String(shown);
        }
        String value = text.strip();
        if (value.length() > MAX_SHOWN_CHARS) {
            value = value.substring(0, MAX_SHOWN_CHARS) + "…";
        }
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (isAsciiDigit(value.charAt(i))) {
                digits++;
            }
        }
        int keep = keptPerSide(digits);
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isAsciiDigit(c)) {
                seen++;
                boolean shown = seen <= keep || seen > digits - keep;
                out.append(shown ? c : '*');
            } else if (Character.isDigit(c)) {
                out.append('*'); // other scripts' digits are digits too
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int keptPerSide(int digitCount) {
        if (digitCount >= 16) {
            return 4;
        }
        // Keep the hidden part at least as large as the shown part.
        return Math.max(0, Math.min(4, digitCount / 4));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
