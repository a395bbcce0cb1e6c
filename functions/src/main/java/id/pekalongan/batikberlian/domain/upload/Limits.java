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

    /**
     * Budget of an XLSX shared string table, which has to be held in memory: its characters, and
     * {@link #SHARED_STRING_ENTRY_CHARS} more for each entry.
     */
    public static final long MAX_SHARED_STRING_CHARS = 32L * 1024 * 1024;

    /**
     * What one shared string costs besides its characters (the objects that hold it): without it, millions of empty
     * entries, a few megabytes once compressed, would fill the memory while counting as nothing.
     */
    public static final int SHARED_STRING_ENTRY_CHARS = 8;

    /** Excel's own column limit (XFD). */
    public static final int MAX_XLSX_COLUMNS = 16_384;

    private Limits() {
    }
}
