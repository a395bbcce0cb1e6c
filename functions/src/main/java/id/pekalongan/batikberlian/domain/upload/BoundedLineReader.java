package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/** The lines of decoded text: UTF-16 uploads, and any {@link Reader}. */
final class BoundedLineReader implements LineSource {

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[32 * 1024];
    private int position;
    private int limit;
    private boolean pendingLf;
    private boolean plainLineTidy;
    private final RepeatedCells repeated = new RepeatedCells();

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    @Override
    public Line next() throws IOException {
        StringBuilder text = null;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? line(text, tooLong) : null;
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
                int kept = text == null ? 0 : text.length();
                if (kept + (end - start) > maxChars) {
                    tooLong = true;
                    text = null;
                } else if (end < limit && text == null) {
                    // The whole line is in the buffer: one copy, no builder.
                    position = end + 1;
                    pendingLf = buffer[end] == '\r';
                    return new Line(new String(buffer, start, end - start));
                } else {
                    if (text == null) {
                        text = new StringBuilder(Math.max(16, 2 * (end - start)));
                    }
                    text.append(buffer, start, end - start);
                }
            }
            if (end < limit) {
                position = end + 1;
                pendingLf = buffer[end] == '\r';
                return line(text, tooLong);
            }
            position = end;
        }
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
        char[] b = buffer;
        int cellStart = position;
        boolean tidy = true;
        // A local bound: the field would be read again after every cell's calls, and the loop would not be compiled
        // as a counted one (a third slower).
        int end = limit;
        for (int i = position; i < end; i++) {
            char c = b[i];
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
                    cells[count] = repeated.of(count, b, cellStart, length);
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
            } else if (c == '"') {
                return null;
            } else if (c != '!') {
                // A control character or beyond ASCII: the row is cleaned on the general path.
                tidy = false;
            }
        }
        return null;
    }

    @Override
    public boolean lastPlainLineTidy() {
        return plainLineTidy;
    }

    private static Line line(StringBuilder text, boolean tooLong) {
        return tooLong ? Line.TOO_LONG : new Line(text == null ? "" : text.toString());
    }
}
