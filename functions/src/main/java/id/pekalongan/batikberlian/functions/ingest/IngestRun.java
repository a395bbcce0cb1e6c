package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.domain.ingest.ReportCsv;
import id.pekalongan.batikberlian.domain.ingest.ReportRow;
import java.util.Map;
import java.util.TreeMap;

/** The tally of one file's rows as they are decided, and the report they are written to. */
final class IngestRun {

    private final ReportCsv report;
    private final Map<String, Long> countsByReason = new TreeMap<>();
    private long rowsIn;
    private long accepted;
    private long rejected;
    private long added;

    IngestRun(ReportCsv report) {
        this.report = report;
    }

    void record(ReportRow row, boolean newlyAdded) {
        report.add(row);
        rowsIn++;
        if (row.accepted()) {
            accepted++;
            if (newlyAdded) {
                added++;
            }
        } else {
            rejected++;
        }
        countsByReason.merge(row.code(), 1L, Long::sum);
    }

    long rowsIn() {
        return rowsIn;
    }

    long accepted() {
        return accepted;
    }

    long rejected() {
        return rejected;
    }

    long added() {
        return added;
    }

    Map<String, Long> countsByReason() {
        return countsByReason;
    }
}
