package id.pekalongan.batikberlian.domain.upload;

import java.util.List;

/**
 * A row as the source yields it, before the header gives its cells meaning.
 *
 * @param problem a structural problem (too long, unbalanced quotes), or null
 */
record PhysicalRow(int rowNumber, List<SheetCell> cells, RowProblem problem) {

    PhysicalRow {
        cells = List.copyOf(cells);
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
