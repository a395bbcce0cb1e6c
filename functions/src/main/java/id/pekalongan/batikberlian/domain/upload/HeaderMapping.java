package id.pekalongan.batikberlian.domain.upload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the header row was understood.
 *
 * <p>Rules: trailing blank header cells are dropped (Excel pads exports to its used range). A blank header cell before
 * the last named one becomes an unknown column keyed "Kolom X" by its spreadsheet letter. A second column for a field
 * that is required (NIK, name, birth date, sex, occupation, kelurahan) is a conflict that rejects the file, because
 * choosing one of two NIK columns would be a guess. A second column for an optional field is kept as an unknown column
 * under its own header text, so its values are still visible. Unknown keys are made unique by appending " (2)", " (3)".
 *
 * @param headerRowNumber the spreadsheet row the header was on
 * @param columns         every column up to the last named one, in file order
 * @param missingRequired required fields with no column; BIRTH_DATE stands for "a birth date column of either kind"
 * @param conflicts       later columns that duplicate a required field
 */
public record HeaderMapping(int headerRowNumber, List<Column> columns, List<Field> missingRequired,
                            List<Column> conflicts) {

    public enum Role { FIELD, ROW_NUMBER, UNKNOWN }

    /**
     * @param index  zero-based column position
     * @param header the header text as written (trimmed)
     * @param field  the recognised field, null unless role is FIELD
     * @param key    the key under which an unknown column's values appear in {@link RawRow#unknownColumns()}
     */
    public record Column(int index, String header, Role role, Field field, String key) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
        }

        public String letter() {
            return HeaderText.columnLetters(index);
        }
    }

    public HeaderMapping {
        columns = List.copyOf(columns);
        missingRequired = List.copyOf(missingRequired);
        conflicts = List.copyOf(conflicts);
    }

    public int width() {
        return columns.size();
    }

    public Set<Field> fields() {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        columns.stream().filter(c -> c.role() == Role.FIELD).forEach(c -> fields.add(c.field()));
        return fields;
    }

    public Optional<Column> columnOf(Field field) {
        return columns.stream().filter(c -> c.role() == Role.FIELD && c.field() == field).findFirst();
    }

    /** Keys of the unrecognised columns, listed once for the upload report. */
    /** No sex column: each row's sex is read from its NIK. */
    public boolean sexFromNik() {
        return !fields().contains(Field.SEX);
    }

    public List<String> unknownColumns() {
        List<String> keys = new ArrayList<>();
        columns.stream().filter(c -> c.role() == Role.UNKNOWN).forEach(c -> keys.add(c.key()));
        return keys;
    }

    public boolean acceptable() {
        return missingRequired.isEmpty() && conflicts.isEmpty();
    }
}
