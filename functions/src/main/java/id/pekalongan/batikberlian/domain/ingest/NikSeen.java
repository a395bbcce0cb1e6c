package id.pekalongan.batikberlian.domain.ingest;

import java.util.Arrays;

/**
 * The NIKs met so far in one file and the row each first appeared on. A NIK is 16 digits and fits a {@code long},
 * so a million rows take about 24 MB here instead of the hundreds a map of strings would.
 */
public final class NikSeen {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** @return the row the NIK was first seen on, or 0 when it is new (it is then remembered at {@code row}) */
    public int firstRowOrRemember(String sixteenDigits, int row) {
        long key = Long.parseLong(sixteenDigits);
        if (key == EMPTY) {
            throw new IllegalArgumentException("a NIK of zeros is not a NIK");
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(key, keys.length);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return rows[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = key;
        rows[i] = row;
        size++;
        return 0;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], keys.length);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & (keys.length - 1);
                }
                keys[i] = oldKeys[j];
                rows[i] = oldRows[j];
            }
        }
    }

    private static int slot(long key, int length) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (length - 1);
    }
}
