package id.pekalongan.batikberlian.domain.upload;

/**
 * Stable reason codes produced while reading an upload. File-level codes reject the whole file; row-level and value
 * codes travel with one row. The names are part of the contract with reports and must not be renamed.
 */
public enum ReasonCode {
    // File level: the file is rejected whole.
    FILE_EMPTY,
    FILE_PDF,
    FILE_BINARY,
    FILE_NOT_TABULAR,
    FILE_XLS_UNSUPPORTED,
    FILE_READ_ERROR,
    XLSX_INVALID,
    XLSX_TOO_LARGE,
    HEADER_TOO_LONG,
    HEADER_UNBALANCED_QUOTES,
    HEADER_MISSING_COLUMN,
    HEADER_DUPLICATE_COLUMN,

    // Row level: the row comes out, carrying the problem.
    ROW_TOO_LONG,
    ROW_UNBALANCED_QUOTES,
    ROW_CELL_COUNT,
    /** A cell holds a NUL or another byte no text has: that row alone is refused. */
    ROW_BINARY,
    /** A cell holds a byte sequence that is not UTF-8 in a file that otherwise is. */
    ROW_ENCODING_INVALID,

    // Value level: returned by the value parsers.
    VALUE_MISSING,
    DATE_INVALID,
    DATE_UNRECOGNISED,
    DATE_AMBIGUOUS_YEAR,
    DATE_SERIAL_NUMBER,
    BIRTH_PLACE_DATE_INVALID,
    SEX_INVALID,
    FLAG_INVALID
}
