package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The lines of an ASCII-compatible upload (UTF-8, Windows-1252) read as bytes, the way most kelurahan files are
 * written. Line ends, delimiters and quotes are ASCII in either encoding, so lines are found among the bytes and only
 * a line's own bytes are decoded; a plain ASCII line is split without decoding at all, each cell a single copy.
 *
 * <p>A line reads as the decoder would read the whole stream only where every line decodes on its own. That holds
 * for a single-byte charset, and for UTF-8 that is well-formed throughout, which is when {@link TextEncoding}
 * chooses this reader.
 */
final class ByteLineReader implements LineSource {

    private final InputStream in;
    private final Charset charset;
    private final int maxChars;
    /** Past this many bytes a line is too long whatever it decodes to: no character takes more. */
    private final long maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final RepeatedCells repeated = new RepeatedCells();
    private int position;
    private int limit;
    private boolean pendingLf;
    private boolean plainLineTidy;
    /** The part of a line that began in an earlier buffer. */
    private byte[] carried = new byte[256];

    ByteLineReader(InputStream in, Charset charset, int maxChars) {
        this.in = in;
        this.charset = charset;
        this.maxChars = maxChars;
        this.maxBytes = (long) maxChars * (long) Math.ceil(charset.newEncoder().maxBytesPerChar());
    }

    @Override
    public Line next() throws IOException {
        int kept = -1;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? line(kept, tooLong) : null;
                }
            }
            if (pendingLf) {
                pendingLf = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            any = any || end > start || end < limit;
            if (!tooLong) {
                int length = end - start;
                if (Math.max(kept, 0) + (long) length > maxBytes) {
                    tooLong = true;
                } else if (end < limit && kept < 0) {
                    // The whole line is in the buffer: decoded from there, nothing carried.
                    position = end + 1;
                    pendingLf = buffer[end] == '\r';
                    return decoded(buffer, start, length);
                } else {
                    kept = carry(Math.max(kept, 0), start, length);
                }
            }
            if (end < limit) {
                position = end + 1;
                pendingLf = buffer[end] == '\r';
                return line(kept, tooLong);
            }
            position = end;
        }
    }

    private int carry(int kept, int start, int length) {
        if (kept + length > carried.length) {
            carried = Arrays.copyOf(carried, Math.max(kept + length, 2 * carried.length));
        }
        System.arraycopy(buffer, start, carried, kept, length);
        return kept + length;
    }

    private Line line(int kept, boolean tooLong) {
        return tooLong ? Line.TOO_LONG : kept <= 0 ? new Line("") : decoded(carried, 0, kept);
    }

    private Line decoded(byte[] bytes, int from, int length) {
        String text = new String(bytes, from, length, charset);
        return text.length() > maxChars ? Line.TOO_LONG : new Line(text);
    }

    @Override
    public String[] nextPlainCells(char delimiter, int expectedCells) {
        if (pendingLf && position < limit && buffer[position] == '\n') {
            // What next() would skip first anyway.
            position++;
            pendingLf = false;
        }
        if (pendingLf || position >= limit) {
            return null;
        }
        String[] cells = new String[Math.max(expectedCells, 1)];
        int count = 0;
        byte[] b = buffer;
        int cellStart = position;
        boolean tidy = true;
        // A local bound: the field would be read again after every cell's calls, and the loop would not be compiled
        // as a counted one (a third slower).
        int end = limit;
        for (int i = position; i < end; i++) {
            int c = b[i];
            // Most bytes are letters and digits: three comparisons let them pass, the rest are sorted below.
            if (c > '"' && c < 0x7F && c != delimiter) {
                continue;
            }
            if (c == delimiter || c == '\n' || c == '\r') {
                int length = i - cellStart;
                if (count == cells.length) {
                    cells = Arrays.copyOf(cells, 2 * count);
                }
                if (length == 0) {
                    cells[count] = "";
                } else {
                    tidy &= b[i - 1] != ' ';
                    cells[count] = repeated.ofAscii(count, b, cellStart, length);
                }
                count++;
                if (c != delimiter) {
                    position = i + 1;
                    pendingLf = c == '\r';
                    plainLineTidy = tidy;
                    return count == cells.length ? cells : Arrays.copyOf(cells, count);
                }
                cellStart = i + 1;
            } else if (c == ' ') {
                tidy &= i != cellStart && b[i - 1] != ' ';
            } else if (c == '"' || c < 0) {
                // A quote, or a byte of a non-ASCII character: for the general path.
                return null;
            } else if (c != '!') {
                // A control character: the row is cleaned on the general path.
                tidy = false;
            }
        }
        return null;
    }

    @Override
    public boolean lastPlainLineTidy() {
        return plainLineTidy;
    }
}
