package id.pekalongan.batikberlian.domain.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The one reader of the data files the application ships (reference lists, rate and benefit tables, holidays):
 * RFC 4180 through Jackson's CSV parser, UTF-8 with or without a BOM, lines starting with '#' (sources, notes) and
 * blank lines skipped. Each line keeps its number in the file, so an error in a table names the line to fix.
 */
public final class ReferenceCsv {

    private static final ObjectReader LINES = new CsvMapper().readerForListOf(String.class)
            .with(CsvSchema.emptySchema().withComments())
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvParser.Feature.SKIP_EMPTY_LINES);

    /** One line of a file: its number (1-based, comments counted) and its cells as written. */
    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index).strip() : "";
        }

        /** The cells from {@code index} on, joined back with commas: for a last column written without quotes. */
        public String rest(int index) {
            return index < cells.size() ? String.join(",", cells.subList(index, cells.size())).strip() : "";
        }

        public IllegalArgumentException error(String why) {
            return new IllegalArgumentException("line " + number + ": " + why);
        }
    }

    private ReferenceCsv() {
    }

    /** Every non-blank, non-comment line, the header included. */
    public static List<Line> lines(Reader source) {
        List<Line> out = new ArrayList<>();
        try (PushbackReader in = withoutBom(source); MappingIterator<List<String>> rows = LINES.readValues(in)) {
            while (rows.hasNextValue()) {
                int number = rows.getParser().currentLocation().getLineNr();
                List<String> cells = rows.nextValue();
                if (!cells.stream().allMatch(String::isBlank)) {
                    out.add(new Line(number, List.copyOf(cells)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The lines after a header that must be exactly {@code columns}, in order. */
    public static List<Line> rows(Reader source, List<String> columns) {
        List<Line> lines = lines(source);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("expected header " + String.join(",", columns) + ", found no lines");
        }
        Line header = lines.get(0);
        List<String> found = header.cells().stream().map(String::strip).toList();
        if (!found.equals(columns)) {
            throw header.error("expected header " + String.join(",", columns) + ", found " + String.join(",", found));
        }
        return lines.subList(1, lines.size());
    }

    /**
     * Rows as maps keyed by lower-cased header name, for tables that staff maintain: columns may be reordered or
     * added, and a missing trailing cell reads as empty.
     */
    public static List<Map<String, String>> records(Reader source) {
        List<Line> lines = lines(source);
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = lines.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Map<String, String>> records = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                record.put(header.get(c), line.cell(c));
            }
            records.add(record);
        }
        return records;
    }

    /** Reads a file shipped on the classpath next to {@code anchor} (or absolute, with a leading '/'). */
    public static <T> T resource(Class<?> anchor, String path, Function<Reader, T> read) {
        InputStream in = anchor.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("data file missing from the classpath: " + path);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PushbackReader withoutBom(Reader source) throws IOException {
        PushbackReader in = new PushbackReader(source, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
