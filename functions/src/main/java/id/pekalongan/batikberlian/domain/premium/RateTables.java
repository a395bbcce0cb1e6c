package id.pekalongan.batikberlian.domain.premium;

import id.pekalongan.batikberlian.domain.reference.ReferenceCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The effective-dated history of {@link RateTable}s. A period is priced by the version in force on its first day,
 * so a regulation taking effect mid-month first applies to the following month's bill.
 */
public final class RateTables {

    /** Bundled rate history; a new regulation is a new line in this file. */
    public static final String RESOURCE = "premium-rates.csv";

    private static final List<String> HEADER =
            List.of("version", "valid_from", "jkk_rate_bp", "jkk_min", "jkk_max", "jkm_flat", "default_declared_income");

    private final List<RateTable> byValidFrom;

    private RateTables(List<RateTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("at least one rate table is required");
        }
        List<RateTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(RateTable::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).validFrom().equals(sorted.get(i - 1).validFrom())) {
                throw new IllegalArgumentException("two rate tables take effect on " + sorted.get(i).validFrom());
            }
        }
        long distinctVersions = sorted.stream().map(RateTable::version).distinct().count();
        if (distinctVersions != sorted.size()) {
            throw new IllegalArgumentException("rate table versions must be unique");
        }
        this.byValidFrom = List.copyOf(sorted);
    }

    public static RateTables of(List<RateTable> tables) {
        return new RateTables(Objects.requireNonNull(tables, "tables"));
    }

    public static RateTables of(RateTable... tables) {
        return of(List.of(tables));
    }

    /** The rates bundled with the application ({@value #RESOURCE}). */
    public static RateTables standard() {
        return Standard.TABLES;
    }

    /** Read once, on first use. */
    private static final class Standard {
        static final RateTables TABLES = ReferenceCsv.resource(RateTables.class, RESOURCE, RateTables::fromCsv);
    }

    /** Reads the CSV layout of {@value #RESOURCE}; lines starting with '#' and blank lines are ignored. */
    public static RateTables fromCsv(Reader reader) {
        List<RateTable> tables = new ArrayList<>();
        for (ReferenceCsv.Line row : ReferenceCsv.rows(reader, HEADER)) {
            tables.add(parseRow(row));
        }
        return of(tables);
    }

    private static RateTable parseRow(ReferenceCsv.Line row) {
        if (row.cells().size() != HEADER.size()) {
            throw row.error("expected " + HEADER.size() + " fields, found " + row.cells().size());
        }
        try {
            return new RateTable(row.cell(0), LocalDate.parse(row.cell(1)), Integer.parseInt(row.cell(2)),
                    Long.parseLong(row.cell(3)), Long.parseLong(row.cell(4)), Long.parseLong(row.cell(5)),
                    Long.parseLong(row.cell(6)));
        } catch (RuntimeException e) {
            throw row.error(e.getMessage());
        }
    }

    /** The version in force on the first day of {@code period}. */
    public RateTable inForce(BillingPeriod period) {
        return inForceOn(period.firstDay());
    }

    public RateTable inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        RateTable found = null;
        for (RateTable table : byValidFrom) {
            if (table.validFrom().isAfter(date)) {
                break;
            }
            found = table;
        }
        if (found == null) {
            throw new IllegalArgumentException("no rate table in force on " + date);
        }
        return found;
    }

    public List<RateTable> all() {
        return byValidFrom;
    }
}
