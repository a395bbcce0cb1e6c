package id.pekalongan.batikberlian.domain.upload;

import java.util.List;

/**
 * A row as the source yields it, before the header gives its cells meaning.
 *
 * @param problem a structural problem (too long, unbalanced quotes), or null
 * @param tidy    every cell is empty or already as {@link RowAssembler#normalise} would leave it, as the reader saw
 *                while splitting the row; false when not known
 */
record PhysicalRow(int rowNumber, List<SheetCell> cells, RowProblem problem, boolean tidy) {

    PhysicalRow {
        // The readers of this package hand over a list of the row's own and never touch it again: wrapped, not copied.
        cells = java.util.Collections.unmodifiableList(cells);
    }

    PhysicalRow(int rowNumber, List<SheetCell> cells, RowProblem problem) {
        this(rowNumber, cells, problem, false);
    }

    boolean isBlank() {
        if (problem != null) {
            return false;
        }
        for (SheetCell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
