package id.pekalongan.batikberlian.domain.upload;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a physical row's cells their meaning from the header.
 *
 * <p>Cell count (CSV only, where a missing or extra delimiter shifts every later value into the wrong column):
 * fewer cells than the header is ROW_CELL_COUNT, because Excel, LibreOffice and Google Sheets always write every
 * column, so a short row was edited by hand or cut; more cells is tolerated while the extra cells are empty (exports
 * pad rows to the sheet's used range) and ROW_CELL_COUNT otherwise. In XLSX every cell sits at its own reference, so a
 * value beyond the header is kept as an unknown column named by its letter ("Kolom H"). Values are still mapped for a
 * row with a problem, so reports can show what was read.
 */
final class RowAssembler {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    private final HeaderMapping header;
    private final boolean checkCellCount;

    RowAssembler(HeaderMapping header, boolean checkCellCount) {
        this.header = header;
        this.checkCellCount = checkCellCount;
    }

    RawRow assemble(PhysicalRow row) {
        List<RowProblem> problems = new ArrayList<>();
        if (row.problem() != null) {
            problems.add(row.problem());
        }
        List<SheetCell> cells = row.cells();
        int width = header.width();
        if (checkCellCount && row.problem() == null) {
            boolean extraValues = false;
            for (int i = width; i < cells.size() && !extraValues; i++) {
                extraValues = !cells.get(i).isBlank();
            }
            if (cells.size() < width || extraValues) {
                problems.add(new RowProblem(ReasonCode.ROW_CELL_COUNT, null, "Baris " + row.rowNumber() + " berisi "
                        + (extraValues ? lastNonBlank(cells) : cells.size()) + " kolom, sedangkan judul berisi "
                        + width + " kolom; periksa pemisah kolom atau tanda kutip"));
            }
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        Set<Field> numeric = EnumSet.noneOf(Field.class);
        Map<String, String> unknown = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            SheetCell cell = cells.get(i);
            if (cell.isBlank()) {
                continue;
            }
            if (i >= width) {
                unknown.put("Kolom " + HeaderText.columnLetters(i), HeaderText.clean(cell.text()));
                continue;
            }
            HeaderMapping.Column column = header.columns().get(i);
            switch (column.role()) {
                case FIELD -> {
                    values.put(column.field(), normalise(column.field(), cell.text()));
                    if (cell.numeric()) {
                        numeric.add(column.field());
                    }
                }
                case UNKNOWN -> unknown.put(column.key(), HeaderText.clean(cell.text()));
                case ROW_NUMBER -> { }
            }
        }
        return new RawRow(row.rowNumber(), values, unknown, numeric, problems);
    }

    /** NIK exactly as written (only trimmed), so damage can be recognised; other text with whitespace collapsed. */
    static String normalise(Field field, String text) {
        if (isTidy(text)) {
            return text;
        }
        String cleaned = HeaderText.clean(text);
        if (field == Field.NIK) {
            return cleaned;
        }
        return SPACES.matcher(cleaned).replaceAll(" ");
    }

    /**
     * Printable ASCII with single inner spaces and none at either end: what {@link #normalise} would return
     * unchanged, recognised without a regular expression.
     */
    static boolean isTidy(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c >= 0x7F || (c == ' ' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static int lastNonBlank(List<SheetCell> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }
}
