package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.Reader;

/**
 * Physical lines (ended by LF, CRLF or CR) of at most {@link Limits#MAX_RECORD_CHARS} characters. The rest of a longer
 * line is read and thrown away, so a 10 MB line costs time proportional to its length but no memory.
 */
final class BoundedLineReader {

    /** @param text null when the line was too long to keep */
    record Line(String text) {
        boolean tooLong() {
            return text == null;
        }

        int length() {
            return text == null ? Integer.MAX_VALUE : text.length();
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[32 * 1024];
    private int position;
    private int limit;
    private boolean pendingLf;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
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

    private static Line line(StringBuilder text, boolean tooLong) {
        return new Line(tooLong ? null : text == null ? "" : text.toString());
    }
}
