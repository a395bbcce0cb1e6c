package id.pekalongan.batikberlian.domain.premium;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The layout of the premium domain's data files: a fixed header line, then one row per line; blank lines and lines
 * starting with '#' (sources, notes) are skipped. Row numbers are the file's line numbers, for error messages.
 */
final class DataLines {

    @FunctionalInterface
    interface RowReader {
        void row(String trimmedLine, int lineNumber);
    }

    private DataLines() {
    }

    static void read(Reader reader, String header, RowReader rows) {
        boolean headerSeen = false;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(header)) {
                        throw new IllegalArgumentException("line " + number + ": expected header " + header);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.row(trimmed, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
