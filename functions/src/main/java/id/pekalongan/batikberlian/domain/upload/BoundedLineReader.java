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
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean pendingLf;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? new Line(tooLong ? null : text.toString()) : null;
                }
            }
            char c = buffer[position++];
            if (pendingLf) {
                pendingLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n') {
                return new Line(tooLong ? null : text.toString());
            }
            if (c == '\r') {
                pendingLf = true;
                return new Line(tooLong ? null : text.toString());
            }
            if (!tooLong) {
                if (text.length() >= maxChars) {
                    tooLong = true;
                    text = new StringBuilder(0);
                } else {
                    text.append(c);
                }
            }
        }
    }
}
