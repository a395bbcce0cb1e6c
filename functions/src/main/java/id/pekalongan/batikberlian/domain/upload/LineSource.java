package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;

/**
 * Physical lines of a text upload (ended by LF, CRLF or CR) of at most {@link Limits#MAX_RECORD_CHARS} characters,
 * for {@link CsvRecordReader}. The rest of a longer line is read and thrown away, so a 10 MB line costs time
 * proportional to its length but no memory.
 */
interface LineSource {

    /** @param text null when the line was too long to keep */
    record Line(String text) {
        static final Line TOO_LONG = new Line(null);

        boolean tooLong() {
            return text == null;
        }

        int length() {
            return text == null ? Integer.MAX_VALUE : text.length();
        }
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException;

    /**
     * The next line already split into cells at {@code delimiter} in one pass over the buffer, or null with nothing
     * consumed when the line does not lie whole in the buffer or is not plain (a quote, or for a byte source any
     * non-ASCII byte): {@link #next} then reads it the general way. The common line of a kelurahan file, plain text
     * between delimiters, so costs one scan and one copy per cell instead of a line string, its split and a check of
     * every cell.
     *
     * <p>{@link #lastPlainLineTidy} tells afterwards whether every cell was empty or tidy in the sense of
     * {@link RowAssembler#isTidy}: printable ASCII, no space at either end, no two spaces together.
     *
     * @param expectedCells the header's width, or 0 before it is known: the size the cells' array starts at
     * @return the cells' texts, an array exactly as long as the line has cells
     */
    String[] nextPlainCells(char delimiter, int expectedCells) throws IOException;

    /** Whether the line {@link #nextPlainCells} read last had only empty and tidy cells. */
    boolean lastPlainLineTidy();
}
