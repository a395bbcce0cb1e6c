package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The benefit tables in force over time; a claim is priced by the table in force on its incident date. */
public final class BenefitTables {

    private final List<BenefitTable> byValidFrom;

    public BenefitTables(List<BenefitTable> tables) {
        List<BenefitTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(BenefitTable::validFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).validFrom().equals(sorted.get(i - 1).validFrom())) {
                throw new IllegalArgumentException("two benefit tables start on " + sorted.get(i).validFrom());
            }
        }
        this.byValidFrom = List.copyOf(sorted);
    }

    /** The tables bundled with the application (today PP 82/2019 from its promulgation), read once. */
    public static BenefitTables standard() {
        return Standard.TABLES;
    }

    private static final class Standard {
        static final BenefitTables TABLES = new BenefitTables(BenefitTableFile.bundled());
    }

    /** The latest table whose {@code validFrom} is on or before the date; empty before the first table. */
    public Optional<BenefitTable> inForceOn(LocalDate date) {
        BenefitTable found = null;
        for (BenefitTable t : byValidFrom) {
            if (!t.validFrom().isAfter(date)) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<BenefitTable> all() {
        return byValidFrom;
    }
}
