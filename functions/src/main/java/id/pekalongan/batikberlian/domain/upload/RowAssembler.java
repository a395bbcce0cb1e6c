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
    /** Per field (by ordinal): its column, or -1. */
    private final int[] columnOf;
    private final boolean anyUnknownColumn;

    RowAssembler(HeaderMapping header, boolean checkCellCount) {
        this.header = header;
        this.checkCellCount = checkCellCount;
        int width = header.width();
        this.fieldAt = new Field[width];
        this.unknownKeyAt = new String[width];
        this.columnOf = new int[Field.values().length];
        java.util.Arrays.fill(columnOf, -1);
        boolean unknown = false;
        for (int i = 0; i < width; i++) {
            HeaderMapping.Column column = header.columns().get(i);
            switch (column.role()) {
                case FIELD -> {
                    fieldAt[i] = column.field();
                    // A field has one column: a second one is a conflict or kept as unknown (see HeaderMapping).
                    columnOf[column.field().ordinal()] = i;
                }
                case UNKNOWN -> {
                    unknownKeyAt[i] = column.key();
                    unknown = true;
                }
                case ROW_NUMBER -> { }
            }
        }
        this.anyUnknownColumn = unknown;
    }

    RawRow assemble(PhysicalRow row) {
        // Most rows have no problem, no unknown column and no numeric cell: nothing is allocated for those, and a
        // tidy row's values are its cells' own array.
        List<RowProblem> problems = row.problem() == null ? List.of() : List.of(row.problem());
        int size = row.size();
        int width = header.width();
        if (checkCellCount && row.problem() == null) {
            boolean extraValues = false;
            for (int i = width; i < size && !extraValues; i++) {
                extraValues = !PhysicalRow.isBlank(row.text(i));
            }
            if (size < width || extraValues) {
                problems = List.of(new RowProblem(ReasonCode.ROW_CELL_COUNT, null, "Baris " + row.rowNumber()
                        + " berisi " + (extraValues ? lastNonBlank(row) : size)
                        + " kolom, sedangkan judul berisi " + width
                        + " kolom; periksa pemisah kolom atau tanda kutip"));
            }
        }
        if (!row.tidy() && row.problem() == null) {
            // Checked before normalising, which would strip what gives these rows away.
            RowProblem unreadable = unreadableCell(row);
            if (unreadable != null) {
                problems = List.of(unreadable);
            }
        }
        String[] byColumn = row.tidy() ? row.texts() : normalised(row);
        Set<Field> numeric = row.hasNumeric() ? numericFields(row) : Set.of();
        Map<String, String> unknown = anyUnknownColumn || size > width ? unknownColumns(row) : Map.of();
        return new RawRow(row.rowNumber(), new RawRow.AssembledValues(byColumn, columnOf), unknown, numeric,
                problems);
    }

    /**
     * A NUL in a cell (a binary fragment pasted into a text file) or U+FFFD (what the decoder left of a sequence
     * that is not UTF-8): the row's text is not what the clerk typed, so it is refused with its number, never stored.
     */
    private static RowProblem unreadableCell(PhysicalRow row) {
        for (int i = 0; i < row.size(); i++) {
            String text = row.text(i);
            if (text == null) {
                continue;
            }
            if (text.indexOf('\u0000') >= 0) {
                return new RowProblem(ReasonCode.ROW_BINARY, null, "Baris " + row.rowNumber() + " kolom " + (i + 1)
                        + " memuat karakter biner (NUL); ketik ulang isi sel itu");
            }
            if (text.indexOf('\uFFFD') >= 0) {
                return new RowProblem(ReasonCode.ROW_ENCODING_INVALID, null, "Baris " + row.rowNumber() + " kolom "
                        + (i + 1) + " memuat huruf yang tidak terbaca (bukan UTF-8); ketik ulang isi sel itu"
                        + " atau simpan berkas sebagai \"CSV UTF-8\"");
            }
        }
        return null;
    }

    /** The recognised columns' texts as {@link #normalise} leaves them, blank ones empty. */
    private String[] normalised(PhysicalRow row) {
        String[] texts = new String[Math.min(row.size(), header.width())];
        for (int i = 0; i < texts.length; i++) {
            String text = row.text(i);
            texts[i] = fieldAt[i] == null || PhysicalRow.isBlank(text) ? "" : normalise(fieldAt[i], text);
        }
        return texts;
    }

    private Set<Field> numericFields(PhysicalRow row) {
        Set<Field> numeric = EnumSet.noneOf(Field.class);
        for (int i = 0; i < Math.min(row.size(), header.width()); i++) {
            if (fieldAt[i] != null && row.numeric(i) && !PhysicalRow.isBlank(row.text(i))) {
                numeric.add(fieldAt[i]);
            }
        }
        return numeric;
    }

    private Map<String, String> unknownColumns(PhysicalRow row) {
        Map<String, String> unknown = Map.of();
        int width = header.width();
        for (int i = 0; i < row.size(); i++) {
            boolean kept = i >= width || unknownKeyAt[i] != null;
            if (kept && !PhysicalRow.isBlank(row.text(i))) {
                unknown = unknown.isEmpty() ? new LinkedHashMap<>() : unknown;
                unknown.put(i >= width ? "Kolom " + HeaderText.columnLetters(i) : unknownKeyAt[i],
                        HeaderText.clean(row.text(i)));
            }
        }
        return unknown;
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

    private static int lastNonBlank(PhysicalRow row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (!PhysicalRow.isBlank(row.text(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
