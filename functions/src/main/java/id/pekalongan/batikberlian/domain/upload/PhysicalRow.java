package id.pekalongan.batikberlian.domain.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * A row as the source yields it, before the header gives its cells meaning.
 *
 * <p>The cells are held as their texts, with a flag per cell only for a row that has a numeric one: the common row
 * of a CSV file is one array of strings, not an object per cell.
 */
final class PhysicalRow {

    private static final String[] NO_CELLS = new String[0];

    private final int rowNumber;
    private final String[] texts;
    /** Null when no cell is numeric, as in every CSV row. */
    private final boolean[] numeric;
    private final RowProblem problem;
    private final boolean tidy;

    /**
     * @param texts   the row's own array, handed over and never touched again: kept, not copied
     * @param problem a structural problem (too long, unbalanced quotes), or null
     * @param tidy    every cell is empty or already as {@link RowAssembler#normalise} would leave it, as the reader saw
     *                while splitting the row; false when not known
     */
    PhysicalRow(int rowNumber, String[] texts, RowProblem problem, boolean tidy) {
        this(rowNumber, texts, null, problem, tidy);
    }

    private PhysicalRow(int rowNumber, String[] texts, boolean[] numeric, RowProblem problem, boolean tidy) {
        this.rowNumber = rowNumber;
        this.texts = texts;
        this.numeric = numeric;
        this.problem = problem;
        this.tidy = tidy;
    }

    /** A row whose cells were read one by one (XLSX, or a CSV record the one-pass split left alone). */
    static PhysicalRow of(int rowNumber, List<SheetCell> cells, RowProblem problem) {
        String[] texts = cells.isEmpty() ? NO_CELLS : new String[cells.size()];
        boolean[] numeric = null;
        for (int i = 0; i < texts.length; i++) {
            SheetCell cell = cells.get(i);
            texts[i] = cell.text();
            if (cell.numeric()) {
                numeric = numeric == null ? new boolean[texts.length] : numeric;
                numeric[i] = true;
            }
        }
        return new PhysicalRow(rowNumber, texts, numeric, problem, false);
    }

    static PhysicalRow problem(int rowNumber, RowProblem problem) {
        return new PhysicalRow(rowNumber, NO_CELLS, null, problem, false);
    }

    int rowNumber() {
        return rowNumber;
    }

    int size() {
        return texts.length;
    }

    String text(int column) {
        return texts[column];
    }

    /** The texts themselves, for the assembler to keep when the row is tidy; not to be changed. */
    String[] texts() {
        return texts;
    }

    boolean hasNumeric() {
        return numeric != null;
    }

    boolean numeric(int column) {
        return numeric != null && numeric[column];
    }

    RowProblem problem() {
        return problem;
    }

    boolean tidy() {
        return tidy;
    }

    /** The cells as values, for the header and for comparing rows. */
    List<SheetCell> cells() {
        List<SheetCell> cells = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            cells.add(new SheetCell(texts[i], numeric(i)));
        }
        return cells;
    }

    boolean isBlank() {
        if (problem != null) {
            return false;
        }
        for (String text : texts) {
            if (!isBlank(text)) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but whitespace, no-break spaces or byte order marks: what {@link HeaderText#clean} empties. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00A0' && c != '\uFEFF' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "PhysicalRow[" + rowNumber + ", " + cells() + (problem == null ? "" : ", " + problem) + "]";
    }
}
