package id.pekalongan.batikberlian.domain.upload;

/** Bounds that keep one hostile or broken file from exhausting a Lambda's memory or time. */
public final class Limits {

    /** Longest record (CSV line or lines of one quoted record, or the text of one XLSX row) that is assembled. */
    public static final int MAX_RECORD_CHARS = 64 * 1024;

    /**
     * A quoted CSV cell may contain line breaks (an address on two lines), but a quote left open would otherwise
     * swallow the rest of the file; a record may span at most this many physical lines.
     */
    public static final int MAX_LINES_PER_RECORD = 10;

    /** Uncompressed size of any one part of an XLSX package (zip bombs). */
    public static final long MAX_XLSX_PART_BYTES = 256L * 1024 * 1024;

    /** Total characters of an XLSX shared string table, which has to be held in memory. */
    public static final long MAX_SHARED_STRING_CHARS = 32L * 1024 * 1024;

    /** Excel's own column limit (XFD). */
    public static final int MAX_XLSX_COLUMNS = 16_384;

    private Limits() {
    }
}
