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
        return problem == null && cells.stream().allMatch(SheetCell::isBlank);
    }
}
