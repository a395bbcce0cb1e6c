package id.pekalongan.batikberlian.domain.upload;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One data row of an upload as read, before any validation.
 *
 * @param rowNumber      the spreadsheet row number clerks see (the header is usually row 1)
 * @param values         non-blank cells of recognised columns; NIK exactly as written (trimmed), other text trimmed
 *                       with inner whitespace collapsed; XLSX date cells as ISO {@code yyyy-MM-dd}
 * @param unknownColumns non-blank cells of unrecognised columns, keyed by the header text (see {@link HeaderMapping})
 * @param numericFields  recognised columns whose XLSX cell was a number; a numeric NIK has been through a floating
 *                       point and must be treated as damaged
 * @param problems       row-level problems; empty for a row read cleanly
 */
public record RawRow(int rowNumber, Map<Field, String> values, Map<String, String> unknownColumns,
                     Set<Field> numericFields, List<RowProblem> problems) {

    public RawRow {
        values = Collections.unmodifiableMap(values instanceof AssembledValues ? values
                : values.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(values));
        // Most rows have no unknown columns and no numeric cells: share the empty ones instead of copying.
        unknownColumns = unknownColumns.isEmpty() ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(unknownColumns));
        numericFields = numericFields.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(numericFields));
        problems = List.copyOf(problems);
    }

    /**
     * The values of one row as {@link RowAssembler} builds them: a map of the row's own, handed over and never touched
     * again, so it is wrapped rather than copied once per row.
     */
    static final class AssembledValues extends EnumMap<Field, String> {
        AssembledValues() {
            super(Field.class);
        }
    }

    public Optional<String> value(Field field) {
        return Optional.ofNullable(values.get(field));
    }

    /** The value, or null when the cell was blank or absent. */
    public String text(Field field) {
        return values.get(field);
    }

    public boolean isNumeric(Field field) {
        return numericFields.contains(field);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
