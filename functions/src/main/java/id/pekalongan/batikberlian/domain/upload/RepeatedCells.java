package id.pekalongan.batikberlian.domain.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cell, or an earlier line's cell of the same column when the text is the same. A kelurahan file repeats its
 * kelurahan, kecamatan, occupations, RT and RW on row after row, though not always in a run: a few strings for all of
 * them save the copies, and the matching further on recognises the very string it has just answered for instead of
 * hashing it again. Each column keeps a few recent texts, picked by length and three of their characters, so a column
 * of a dozen occupations hits as often as one of a single kelurahan.
 */
final class RepeatedCells {

    /** Per column; a power of two. */
    private static final int SLOTS = 32;
    /** Columns beyond these are not remembered: a line of thousands of cells is broken, not a list to save on. */
    private static final int COLUMNS = 64;

    private String[] seen = new String[16 * SLOTS];

    /** @param length at least 1 */
    String of(int column, char[] text, int from, int length) {
        int slot = slot(column, length, text[from], text[from + (length >> 1)], text[from + length - 1]);
        String before = before(slot);
        if (before != null && same(before, text, from, length)) {
            return before;
        }
        return remember(slot, new String(text, from, length));
    }

    /**
     * @param ascii  bytes below 0x80 only, which every ASCII-compatible encoding reads the same
     * @param length at least 1
     */
    String ofAscii(int column, byte[] ascii, int from, int length) {
        int slot = slot(column, length, ascii[from], ascii[from + (length >> 1)], ascii[from + length - 1]);
        String before = before(slot);
        if (before != null && same(before, ascii, from, length)) {
            return before;
        }
        // ASCII is Latin-1: the bytes become the string's own with a single copy.
        return remember(slot, new String(ascii, from, length, StandardCharsets.ISO_8859_1));
    }

    /** Where a text like this one would be kept, or -1 for a column not remembered. */
    private int slot(int column, int length, int first, int middle, int last) {
        if (column >= COLUMNS) {
            return -1;
        }
        int base = column * SLOTS;
        if (base >= seen.length) {
            seen = Arrays.copyOf(seen, Math.min(COLUMNS, 2 * (column + 1)) * SLOTS);
        }
        int h = ((first * 31 + middle) * 31 + last) * 31 + length;
        return base + ((h ^ (h >>> 5)) & (SLOTS - 1));
    }

    private String before(int slot) {
        return slot < 0 ? null : seen[slot];
    }

    private String remember(int slot, String cell) {
        if (slot >= 0) {
            seen[slot] = cell;
        }
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
