package id.pekalongan.batikberlian.domain.upload;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
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
        // The assembler's view is read-only already and is kept as it is; any other map is copied.
        values = values instanceof AssembledValues ? values : Collections.unmodifiableMap(
                values.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(values));
        // Most rows have no unknown columns and no numeric cells: share the empty ones instead of copying.
        unknownColumns = unknownColumns.isEmpty() ? Collections.emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(unknownColumns));
        numericFields = numericFields.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(numericFields));
        problems = List.copyOf(problems);
    }

    /**
     * The values of one row as {@link RowAssembler} builds them: a read-only view of the row's cells by column, so a
     * row costs no map of its own. An empty cell is an absent value.
     */
    static final class AssembledValues extends AbstractMap<Field, String> {
        private static final Field[] FIELDS = Field.values();

        private final String[] byColumn;
        /** Per field ordinal: its column, or -1; the assembler's, shared by every row. */
        private final int[] columnOf;

        AssembledValues(String[] byColumn, int[] columnOf) {
            this.byColumn = byColumn;
            this.columnOf = columnOf;
        }

        @Override
        public String get(Object key) {
            if (!(key instanceof Field field)) {
                return null;
            }
            int column = columnOf[field.ordinal()];
            if (column < 0 || column >= byColumn.length) {
                return null;
            }
            String text = byColumn[column];
            return text.isEmpty() ? null : text;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<Field, String>> entrySet() {
            List<Entry<Field, String>> entries = new ArrayList<>();
            for (Field field : FIELDS) {
                String text = get(field);
                if (text != null) {
                    entries.add(new SimpleImmutableEntry<>(field, text));
                }
            }
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Field, String>> iterator() {
                    return Collections.unmodifiableList(entries).iterator();
                }

                @Override
                public int size() {
                    return entries.size();
                }
            };
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
