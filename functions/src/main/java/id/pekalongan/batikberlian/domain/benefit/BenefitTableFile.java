package id.pekalongan.batikberlian.domain.benefit;

import id.pekalongan.batikberlian.domain.reference.ReferenceCsv;

import java.io.Reader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A benefit table written as named parameters ({@code parameter,value}), one file per regulation under
 * {@code /benefit/}. Every parameter must be present exactly once and no unknown one may appear, so a typo in a
 * statutory amount stops the application at start instead of pricing a claim wrongly.
 */
public final class BenefitTableFile {

    static final String FOLDER = "/benefit/";
    static final String INDEX = FOLDER + "benefit-tables.csv";

    private static final List<String> HEADER = List.of("parameter", "value");

    private BenefitTableFile() {
    }

    /** The tables bundled with the application, as listed in {@value #INDEX}. */
    static List<BenefitTable> bundled() {
        List<ReferenceCsv.Line> files = ReferenceCsv.resource(BenefitTableFile.class, INDEX,
                reader -> ReferenceCsv.rows(reader, List.of("file")));
        return files.stream().map(line -> bundled(line.cell(0))).toList();
    }

    /** One bundled table file, e.g. {@code PP82-2019.csv}. */
    public static BenefitTable bundled(String file) {
        return ReferenceCsv.resource(BenefitTableFile.class, FOLDER + file, reader -> read(file, reader,
                items -> DisabilityTable.fromResource(versionOf(file), FOLDER + items)));
    }

    private static String versionOf(String file) {
        return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }

    /**
     * Reads a table; {@code disabilityItems} opens the annex file that the {@code disability_items} parameter names.
     */
    public static BenefitTable read(String source, Reader reader, Function<String, DisabilityTable> disabilityItems) {
        Parameters p = new Parameters(source, ReferenceCsv.rows(reader, HEADER));
        Map<SchoolLevel, ScholarshipRate> scholarship = new EnumMap<>(SchoolLevel.class);
        for (SchoolLevel level : SchoolLevel.values()) {
            String key = "scholarship." + level.name();
            scholarship.put(level, new ScholarshipRate(p.amount(key + ".per_year"), p.count(key + ".years")));
        }
        Map<TransportCapClass, Long> transportCaps = new EnumMap<>(TransportCapClass.class);
        for (TransportCapClass c : TransportCapClass.values()) {
            transportCaps.put(c, p.amount("transport_cap." + c.name()));
        }
        String version = p.text("version");
        BenefitTable table = new BenefitTable(
                version,
                p.date("valid_from"),
                p.text("legal_basis"),
                p.amount("jkm_lump_sum"),
                p.count("periodic_months"),
                p.amount("periodic_monthly_amount"),
                p.amount("funeral"),
                p.count("disability_wage_months"),
                p.percent("jkk_death_percent"),
                p.percent("total_disability_percent"),
                p.count("scholarship_min_months_jkm"),
                p.count("scholarship_max_children"),
                p.count("scholarship_age_limit"),
                scholarship,
                p.count("stmb_full_wage_months"),
                p.percent("stmb_full_percent"),
                p.percent("stmb_reduced_percent"),
                transportCaps,
                p.count("home_care_max_days"),
                p.amount("home_care_max_cost"),
                disabilityItems.apply(p.text("disability_items")));
        p.requireAllRead();
        return table;
    }

    /** The named values of one file, each read once; what is left unread at the end is an unknown parameter. */
    private static final class Parameters {

        private final String source;
        private final Map<String, ReferenceCsv.Line> byName = new HashMap<>();
        private final Set<String> read = new HashSet<>();

        Parameters(String source, List<ReferenceCsv.Line> rows) {
            this.source = source;
            for (ReferenceCsv.Line row : rows) {
                if (row.cells().size() != 2) {
                    throw fail(row, "expected parameter,value");
                }
                if (byName.put(row.cell(0), row) != null) {
                    throw fail(row, row.cell(0) + " is given twice");
                }
            }
        }

        String text(String name) {
            ReferenceCsv.Line row = byName.get(name);
            if (row == null || row.cell(1).isEmpty()) {
                throw new IllegalArgumentException("benefit table " + source + ": parameter " + name + " is missing");
            }
            read.add(name);
            return row.cell(1);
        }

        long amount(String name) {
            long value = parse(name);
            if (value < 0) {
                throw fail(byName.get(name), name + " must not be negative");
            }
            return value;
        }

        int count(String name) {
            long value = parse(name);
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw fail(byName.get(name), name + " must be a positive whole number");
            }
            return (int) value;
        }

        int percent(String name) {
            long value = parse(name);
            if (value < 0 || value > 100) {
                throw fail(byName.get(name), name + " must be a percent from 0 to 100");
            }
            return (int) value;
        }

        LocalDate date(String name) {
            String value = text(name);
            try {
                return LocalDate.parse(value);
            } catch (RuntimeException e) {
                throw fail(byName.get(name), name + " must be a date yyyy-mm-dd, found " + value);
            }
        }

        private long parse(String name) {
            String value = text(name);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw fail(byName.get(name), name + " must be a whole number, found " + value);
            }
        }

        void requireAllRead() {
            for (Map.Entry<String, ReferenceCsv.Line> e : byName.entrySet()) {
                if (!read.contains(e.getKey())) {
                    throw fail(e.getValue(), "unknown parameter " + e.getKey());
                }
            }
        }

        private IllegalArgumentException fail(ReferenceCsv.Line row, String why) {
            return new IllegalArgumentException("benefit table " + source + " line " + row.number() + ": " + why);
        }
    }
}
