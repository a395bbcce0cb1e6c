package id.pekalongan.batikberlian.domain.ingest;

/**
 * One line of the report a clerk gets back: every input row appears once, {@code DITERIMA} or {@code DITOLAK}.
 */
public record ReportRow(int rowNumber, String maskedNik, String name, String status, String code, String message) {

    public static final String ACCEPTED = "DITERIMA";
    public static final String REJECTED = "DITOLAK";

    public static ReportRow rejected(RowVerdict.Rejected r) {
        return new ReportRow(r.rowNumber(), r.maskedNik(), r.name(), REJECTED, r.code(), r.message());
    }

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
