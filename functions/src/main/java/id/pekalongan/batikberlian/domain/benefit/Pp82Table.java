package id.pekalongan.batikberlian.domain.benefit;

import java.time.LocalDate;
import java.util.Map;

/**
 * The amounts of PP 44/2015 as amended by PP 82/2019 (promulgated 2 December 2019). Earlier incidents are priced by
 * PP 44/2015 alone, which this programme (started 2022) never needs, so no table exists for them and such a claim is
 * rejected with NO_BENEFIT_TABLE rather than priced wrongly.
 */
final class Pp82Table {

    static final String VERSION = "PP82-2019";
    static final LocalDate VALID_FROM = LocalDate.of(2019, 12, 2);

    private Pp82Table() {
    }

    static BenefitTable create() {
        return new BenefitTable(
                VERSION,
                VALID_FROM,
                "PP 44/2015 jo. PP 82/2019",
                20_000_000L,
                24,
                500_000L,
                10_000_000L,
                80,
                60,
                70,
                36,
                2,
                23,
                Map.of(
                        SchoolLevel.TK_SD, new ScholarshipRate(1_500_000L, 8),
                        SchoolLevel.SMP, new ScholarshipRate(2_000_000L, 3),
                        SchoolLevel.SMA, new ScholarshipRate(3_000_000L, 3),
                        SchoolLevel.PT, new ScholarshipRate(12_000_000L, 5)),
                12,
                100,
                50,
                Map.of(
                        TransportCapClass.LAND_RIVER_LAKE, 5_000_000L,
                        TransportCapClass.SEA, 2_000_000L,
                        TransportCapClass.AIR, 10_000_000L),
                365,
                20_000_000L,
                DisabilityTable.fromResource(VERSION, "/benefit/disability-items-PP82-2019.csv"));
    }
}
