package id.pekalongan.batikberlian.dynamodb.expr;

/**
 * DynamoDB orders and measures strings by their UTF-8 bytes, Java strings are UTF-16; these helpers give the UTF-8
 * answers without encoding (which would allocate on every comparison of a hot Query/Scan path).
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * UTF-8 byte order equals code point order, and UTF-16 order differs from it only where a surrogate meets a
     * char in U+E000..U+FFFF: surrogates encode code points above U+FFFF, so they must sort last.
     */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fixup(x) - fixup(y);
            }
        }
        return a.length() - b.length();
    }

    private static int fixup(char c) {
        if (c >= 0xE000) {
            return c - 0x800;
        }
        if (c >= 0xD800) {
            return c + 0x2000;
        }
        return c;
    }

    static int length(String s) {
        int bytes = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
