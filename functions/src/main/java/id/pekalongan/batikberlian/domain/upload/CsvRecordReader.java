package id.pekalongan.batikberlian.domain.upload;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns physical lines into CSV records, numbered as spreadsheet rows (one record = one row, blank lines included).
 *
 * <p>Quoting follows what Excel writes and tolerates: a cell that starts with {@code "} (after optional spaces) is
 * quoted, {@code ""} inside it is one quote, and text after the closing quote up to the delimiter is kept as is. A
 * quote elsewhere in a cell is an ordinary character.
 *
 * <p>Unbalanced quotes, exactly: a quoted cell may continue onto following lines. The record is refused when the
 * quote is still open at the end of the file, after {@link Limits#MAX_LINES_PER_RECORD} lines, or when the record
 * would exceed {@link Limits#MAX_RECORD_CHARS}; and also when the quote did close on a later line but either the
 * closing quote is not followed by the delimiter or the line end, or the record then has the wrong number of cells for
 * the header: both mean a stray quote has paired with a quote of a later row. Then only the line where the quote opened is reported, as ROW_UNBALANCED_QUOTES (with the cells of that line,
 * the open cell running to its end), and every following line is read again as rows of its own. So one stray quote
 * costs one row, never the rest of the file.
 *
 * <p>A line longer than {@link Limits#MAX_RECORD_CHARS} is reported as ROW_TOO_LONG with no cells.
 */
final class CsvRecordReader implements RowSource {

    private final LineSource lines;
    private final Closeable resource;
    private final char delimiter;
    private final Deque<LineSource.Line> replay = new ArrayDeque<>();
    private int nextRowNumber;
    private int expectedCells;
    private boolean plainLines = true;

    CsvRecordReader(LineSource lines, Closeable resource, char delimiter, int firstRowNumber) {
        this.lines = lines;
        this.resource = resource;
        this.delimiter = delimiter;
        this.nextRowNumber = firstRowNumber;
    }

    /** The header's width, once known; multi-line records must fit it. */
    void expectCells(int width) {
        this.expectedCells = width;
    }

    private boolean fits(List<SheetCell> cells) {
        if (expectedCells == 0) {
            return true;
        }
        return cells.size() >= expectedCells && cells.stream().skip(expectedCells).allMatch(SheetCell::isBlank);
    }

    /** Reads every line through the general path, so tests can hold the one-pass split to it. */
    void generalPathOnly() {
        this.plainLines = false;
    }

    /** Puts a line already read back in front, to be read as the next row. */
    void unread(LineSource.Line line) {
        replay.addFirst(line);
    }

    private LineSource.Line readLine() throws IOException {
        return replay.isEmpty() ? lines.next() : replay.pollFirst();
    }

    @Override
    public PhysicalRow next() throws IOException {
        if (plainLines && replay.isEmpty()) {
            String[] plain = lines.nextPlainCells(delimiter, expectedCells);
            if (plain != null) {
                return new PhysicalRow(nextRowNumber++, plain, null, lines.lastPlainLineTidy());
            }
        }
        LineSource.Line first = readLine();
        if (first == null) {
            return null;
        }
        int rowNumber = nextRowNumber++;
        if (first.tooLong()) {
            return PhysicalRow.problem(rowNumber, new RowProblem(ReasonCode.ROW_TOO_LONG, null,
                    "Baris " + rowNumber + " lebih panjang dari " + Limits.MAX_RECORD_CHARS
                            + " karakter dan tidak dibaca"));
        }
        Cells cells = new Cells(delimiter);
        cells.feed(first.text());
        if (!cells.inQuotes) {
            return PhysicalRow.of(rowNumber, cells.finish(), null);
        }
        List<LineSource.Line> continuation = new ArrayList<>();
        long total = first.length();
        while (cells.inQuotes) {
            LineSource.Line line = continuation.size() + 1 < Limits.MAX_LINES_PER_RECORD ? readLine() : null;
            if (line != null) {
                continuation.add(line);
                total += 1L + line.length();
            }
            if (line == null || line.tooLong() || total > Limits.MAX_RECORD_CHARS) {
                return unbalanced(rowNumber, first, continuation);
            }
            cells.lineBreak();
            cells.feed(line.text());
        }
        List<SheetCell> record = cells.finish();
        if (!fits(record) || cells.sloppyMultiLineClose) {
            return unbalanced(rowNumber, first, continuation);
        }
        return PhysicalRow.of(rowNumber, record, null);
    }

    private PhysicalRow unbalanced(int rowNumber, LineSource.Line first,
                                   List<LineSource.Line> continuation) {
        for (int i = continuation.size() - 1; i >= 0; i--) {
            replay.addFirst(continuation.get(i));
        }
        Cells alone = new Cells(delimiter);
        alone.feed(first.text());
        return PhysicalRow.of(rowNumber, alone.finish(), new RowProblem(ReasonCode.ROW_UNBALANCED_QUOTES,
                null, "Baris " + rowNumber + " berisi tanda kutip (\") yang tidak ditutup; baris ini tidak "
                + "dibaca, baris berikutnya tetap dibaca"));
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }

    /** Cell-splitting state carried across the lines of one record. */
    private static final class Cells {
        private final char delimiter;
        private final List<SheetCell> done = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private boolean inQuotes;
        private boolean quoted;
        /** A cell spanning lines closed by a quote that is not followed by the delimiter or the line end. */
        private boolean sloppyMultiLineClose;

        Cells(char delimiter) {
            this.delimiter = delimiter;
        }

        void feed(String line) {
            if (!inQuotes && cell.isEmpty() && line.indexOf('"') < 0) {
                split(line);
                return;
            }
            int n = line.length();
            for (int i = 0; i < n; i++) {
                char c = line.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            inQuotes = false;
                            if (i + 1 < n && line.charAt(i + 1) != delimiter && cell.indexOf("\n") >= 0) {
                                sloppyMultiLineClose = true;
                            }
                        }
                    } else {
                        cell.append(c);
                    }
                } else if (c == delimiter) {
                    endCell();
                } else if (c == '"' && !quoted && cell.toString().isBlank()) {
                    cell.setLength(0);
                    inQuotes = true;
                    quoted = true;
                } else {
                    cell.append(c);
                }
            }
        }

        /** A line without quotes is its cells between delimiters; the last one stays open for {@link #finish}. */
        private void split(String line) {
            int from = 0;
            for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, from)) {
                done.add(SheetCell.text(line.substring(from, at)));
                quoted = false;
                from = at + 1;
            }
            cell.append(line, from, line.length());
        }

        void lineBreak() {
            cell.append('\n');
        }

        private void endCell() {
            done.add(SheetCell.text(cell.toString()));
            cell.setLength(0);
            quoted = false;
        }

        List<SheetCell> finish() {
            endCell();
            return done;
        }
    }
}
