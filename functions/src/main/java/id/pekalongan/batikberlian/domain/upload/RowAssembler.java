package id.pekalongan.batikberlian.domain.upload;

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

    /** Per column: the field it holds, or null; the key of an unknown column, or null. Read once, not per cell. */
    private final Field[] fieldAt;
    private final String[] unknownKeyAt;

    RowAssembler(HeaderMapping header, boolean checkCellCount) {
        this.header = header;
        this.checkCellCount = checkCellCount;
        int width = header.width();
        this.fieldAt = new Field[width];
        this.unknownKeyAt = new String[width];
        for (int i = 0; i < width; i++) {
            HeaderMapping.Column column = header.columns().get(i);
            switch (column.role()) {
                case FIELD -> fieldAt[i] = column.field();
                case UNKNOWN -> unknownKeyAt[i] = column.key();
                case ROW_NUMBER -> { }
            }
        }
    }

    RawRow assemble(PhysicalRow row) {
        // Most rows have no problem, no unknown column and no numeric cell: nothing is allocated for those.
        List<RowProblem> problems = row.problem() == null ? List.of() : List.of(row.problem());
        List<SheetCell> cells = row.cells();
        int width = header.width();
        if (checkCellCount && row.problem() == null) {
            boolean extraValues = false;
            for (int i = width; i < cells.size() && !extraValues; i++) {
                extraValues = !cells.get(i).isBlank();
            }
            if (cells.size() < width || extraValues) {
                problems = List.of(new RowProblem(ReasonCode.ROW_CELL_COUNT, null, "Baris " + row.rowNumber()
                        + " berisi " + (extraValues ? lastNonBlank(cells) : cells.size())
                        + " kolom, sedangkan judul berisi " + width
                        + " kolom; periksa pemisah kolom atau tanda kutip"));
            }
        }
        Map<Field, String> values = new RawRow.AssembledValues();
        Set<Field> numeric = Set.of();
        Map<String, String> unknown = Map.of();
        boolean tidy = row.tidy();
        for (int i = 0; i < cells.size(); i++) {
            SheetCell cell = cells.get(i);
            if (tidy ? cell.text().isEmpty() : cell.isBlank()) {
                continue;
            }
            Field field = i < width ? fieldAt[i] : null;
            if (field != null) {
                values.put(field, tidy ? cell.text() : normalise(field, cell.text()));
                if (cell.numeric()) {
                    numeric = numeric.isEmpty() ? EnumSet.noneOf(Field.class) : numeric;
                    numeric.add(field);
                }
            } else if (i >= width || unknownKeyAt[i] != null) {
                unknown = unknown.isEmpty() ? new LinkedHashMap<>() : unknown;
                unknown.put(i >= width ? "Kolom " + HeaderText.columnLetters(i) : unknownKeyAt[i],
                        HeaderText.clean(cell.text()));
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
