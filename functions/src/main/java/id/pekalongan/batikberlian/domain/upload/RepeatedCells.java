package id.pekalongan.batikberlian.domain.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cell, or the same column's cell of an earlier line when the text is the same. A kelurahan file repeats its
 * kelurahan, kecamatan and occupations on row after row: one string for all of them saves the copy, and the matching
 * further on recognises the very string it has just answered for instead of hashing it again.
 */
final class RepeatedCells {

    private String[] last = new String[16];

    String of(int column, char[] text, int from, int length) {
        String before = before(column);
        if (before != null && same(before, text, from, length)) {
            return before;
        }
        return remember(column, new String(text, from, length));
    }

    /** @param ascii bytes below 0x80 only, which every ASCII-compatible encoding reads the same */
    String ofAscii(int column, byte[] ascii, int from, int length) {
        String before = before(column);
        if (before != null && same(before, ascii, from, length)) {
            return before;
        }
        // ASCII is Latin-1: the bytes become the string's own with a single copy.
        return remember(column, new String(ascii, from, length, StandardCharsets.ISO_8859_1));
    }

    private String before(int column) {
        if (column >= last.length) {
            last = Arrays.copyOf(last, Math.max(column + 1, 2 * last.length));
        }
        return last[column];
    }

    private String remember(int column, String cell) {
        last[column] = cell;
        return cell;
    }

    private static boolean same(String text, char[] chars, int from, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text.charAt(k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String text, byte[] ascii, int from, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text.charAt(k) != ascii[from + k]) {
                return false;
            }
        }
        return true;
    }
}
