package id.pekalongan.batikberlian.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads structured values off a fuzz input, front to back, the way Jazzer's FuzzedDataProvider does, so one plain
 * {@code byte[]} target serves both Jazzer and {@link FuzzDriver}. Running out of bytes yields zeros and empty
 * strings, never an exception.
 */
public final class FuzzBytes {

    /** Separates strings inside an input; a byte that ordinary text never contains. */
    public static final byte SEPARATOR = 0x1f;

    private final byte[] data;
    private int at;

    public FuzzBytes(byte[] data) {
        this.data = data;
    }

    public boolean exhausted() {
        return at >= data.length;
    }

    public int nextByte() {
        return at < data.length ? data[at++] & 0xff : 0;
    }

    public boolean nextBoolean() {
        return (nextByte() & 1) == 1;
    }

    /** An int in [0, bound). */
    public int nextInt(int bound) {
        int v = (nextByte() << 8) | nextByte();
        return bound <= 0 ? 0 : v % bound;
    }

    /** The text up to the next {@link #SEPARATOR} (or the end), decoded as UTF-8. */
    public String nextString() {
        int start = at;
        while (at < data.length && data[at] != SEPARATOR) {
            at++;
        }
        String s = new String(Arrays.copyOfRange(data, start, at), StandardCharsets.UTF_8);
        if (at < data.length) {
            at++;
        }
        return s;
    }

    public byte[] remainingBytes() {
        byte[] rest = Arrays.copyOfRange(data, Math.min(at, data.length), data.length);
        at = data.length;
        return rest;
    }

    public String remainingString() {
        return new String(remainingBytes(), StandardCharsets.UTF_8);
    }
}
