package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The statutory amounts in force from {@code validFrom} until the next table's {@code validFrom}; every component
 * records the {@code version} that priced it. Percentages are whole percent of the stated base.
 *
 * @param legalBasis                 the regulation cited in component rules, e.g. "PP 44/2015 jo. PP 82/2019"
 * @param jkmLumpSum                 JKM santunan sekaligus; also the floor of the JKK death lump sum
 * @param periodicMonths             months of santunan berkala, paid at once
 * @param periodicMonthlyAmount      rupiah per month of santunan berkala
 * @param funeral                    biaya pemakaman
 * @param disabilityWageMonths       the "80 × wage" base of JKK death and disability benefits
 * @param jkkDeathPercent            JKK death: percent of the base (60 → 48 × wage)
 * @param totalDisabilityPercent     total permanent disability: percent of the base (70 → 56 × wage)
 * @param scholarshipMinMonthsJkm    contribution months the JKM route needs for a scholarship
 * @param scholarshipMaxChildren     children who may receive a scholarship
 * @param scholarshipAgeLimit        the age limit read by {@link BenefitPolicy.ChildAgeLimit}
 * @param scholarship                per school level
 * @param stmbFullWageMonths         months of temporary incapacity paid at {@code stmbFullPercent}
 * @param stmbFullPercent            percent of wage in the first months
 * @param stmbReducedPercent         percent of wage afterwards, until recovery
 * @param transportCaps              ceiling per transport group
 * @param homeCareMaxDays            the one year of home care, in days
 * @param homeCareMaxCost            ceiling of home care
 * @param disabilityTable            anatomical percentages of the annex
 */
public record BenefitTable(
        String version,
        LocalDate validFrom,
        String legalBasis,
        long jkmLumpSum,
        int periodicMonths,
        long periodicMonthlyAmount,
        long funeral,
        int disabilityWageMonths,
        int jkkDeathPercent,
        int totalDisabilityPercent,
        int scholarshipMinMonthsJkm,
        int scholarshipMaxChildren,
        int scholarshipAgeLimit,
        Map<SchoolLevel, ScholarshipRate> scholarship,
        int stmbFullWageMonths,
        int stmbFullPercent,
        int stmbReducedPercent,
        Map<TransportCapClass, Long> transportCaps,
        int homeCareMaxDays,
        long homeCareMaxCost,
        DisabilityTable disabilityTable) {

    public BenefitTable {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(disabilityTable, "disabilityTable");
        scholarship = Map.copyOf(new EnumMap<>(scholarship));
        transportCaps = Map.copyOf(new EnumMap<>(transportCaps));
        for (SchoolLevel level : SchoolLevel.values()) {
            if (!scholarship.containsKey(level)) {
                throw new IllegalArgumentException("benefit table " + version + " has no scholarship rate for " + level);
            }
        }
        for (TransportCapClass c : TransportCapClass.values()) {
            if (!transportCaps.containsKey(c)) {
                throw new IllegalArgumentException("benefit table " + version + " has no transport cap for " + c);
            }
        }
    }

    public long periodicTotal() {
        return periodicMonthlyAmount * periodicMonths;
    }

    public ScholarshipRate scholarship(SchoolLevel level) {
        return scholarship.get(level);
    }

    /** Years of schooling from the first TK year to the last university year (19 under PP 82/2019). */
    public int schoolYearsTotal() {
        int total = 0;
        for (SchoolLevel level : SchoolLevel.values()) {
            total += scholarship.get(level).years();
        }
        return total;
    }

    public long transportCap(TransportCapClass capClass) {
        return transportCaps.get(capClass);
    }
}
