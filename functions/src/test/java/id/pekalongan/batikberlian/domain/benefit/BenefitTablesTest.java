package id.pekalongan.batikberlian.domain.benefit;

import static id.pekalongan.batikberlian.domain.benefit.Claims.EVALUATION;
import static id.pekalongan.batikberlian.domain.benefit.Claims.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts are effective-dated data: the incident date picks the table, and every line names its version. */
class BenefitTablesTest {

    /** A made-up later regulation that raises the JKM lump sum and the funeral cost, for selection only. */
    private static BenefitTable later() {
        BenefitTable pp82 = BenefitTableFile.bundled("PP82-2019.csv");
        return new BenefitTable("TEST-2024-07", LocalDate.of(2024, 7, 1), "regulasi uji", 25_000_000L,
                pp82.periodicMonths(), pp82.periodicMonthlyAmount(), 12_000_000L, pp82.disabilityWageMonths(),
                pp82.jkkDeathPercent(), pp82.totalDisabilityPercent(), 24, pp82.scholarshipMaxChildren(),
                pp82.scholarshipAgeLimit(), pp82.scholarship(), pp82.stmbFullWageMonths(), pp82.stmbFullPercent(),
                pp82.stmbReducedPercent(), pp82.transportCaps(), pp82.homeCareMaxDays(), pp82.homeCareMaxCost(),
                pp82.disabilityTable());
    }

    @ParameterizedTest(name = "incident {0}: {1}, JKM {2}")
    @CsvSource({
            "2019-12-02, PP82-2019, 42000000",
            "2024-06-30, PP82-2019, 42000000",
            "2024-07-01, TEST-2024-07, 49000000",
            "2024-12-31, TEST-2024-07, 49000000",
    })
    void theIncidentDatePicksTheTable(LocalDate incident, String version, long jkm) {
        BenefitCalculator calculator = new BenefitCalculator(
                new BenefitTables(List.of(later(), BenefitTableFile.bundled("PP82-2019.csv"))), BenefitPolicy.defaults());

        ClaimOutcome.Computed computed = (ClaimOutcome.Computed) calculator.compute(
                claim(ClaimType.JKM_DEATH).incident(incident).build(), EVALUATION);

        assertThat(computed.totalCash()).isEqualTo(jkm);
        assertThat(computed.tableVersion()).isEqualTo(version);
        assertThat(computed.components()).allSatisfy(c -> assertThat(c.tableVersion()).isEqualTo(version));
    }

    @ParameterizedTest(name = "{0} months under the later table (threshold 24): scholarship {1}")
    @CsvSource({"23, 0", "24, 75000000"})
    void theContributionThresholdIsTableData(int months, long scholarship) {
        BenefitCalculator calculator = new BenefitCalculator(new BenefitTables(List.of(later())),
                BenefitPolicy.defaults());

        ClaimOutcome.Computed computed = (ClaimOutcome.Computed) calculator.compute(
                claim(ClaimType.JKM_DEATH).incident(LocalDate.of(2024, 8, 1)).months(months)
                        .child("2012-01-01", "SMP", 1).build(), EVALUATION);

        assertThat(computed.scholarshipTotal()).isEqualTo(scholarship);
    }

    @Test
    void nothingIsInForceBeforeTheFirstTable() {
        assertThat(BenefitTables.standard().inForceOn(LocalDate.of(2019, 12, 1))).isEmpty();
        assertThat(BenefitTables.standard().inForceOn(LocalDate.of(2019, 12, 2))).isPresent();
    }

    @Test
    void twoTablesMayNotStartOnTheSameDay() {
        assertThatThrownBy(() -> new BenefitTables(List.of(BenefitTableFile.bundled("PP82-2019.csv"), BenefitTableFile.bundled("PP82-2019.csv"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableMustPriceEveryLevelAndTransportGroup() {
        BenefitTable pp82 = BenefitTableFile.bundled("PP82-2019.csv");
        assertThatThrownBy(() -> new BenefitTable("X", LocalDate.of(2030, 1, 1), "x", 1, 1, 1, 1, 80, 60, 70, 36, 2,
                23, Map.of(SchoolLevel.TK_SD, new ScholarshipRate(1, 8)), 12, 100, 50, pp82.transportCaps(), 365, 1,
                pp82.disabilityTable()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SMP");
    }

    @Test
    void pp82AddsUpToTheStatutoryMaximaPerChild() {
        BenefitTable t = BenefitTableFile.bundled("PP82-2019.csv");
        long perChild = 0;
        for (SchoolLevel level : SchoolLevel.values()) {
            perChild += t.scholarship(level).maximum();
        }
        assertThat(perChild).isEqualTo(87_000_000L);
        assertThat(perChild * t.scholarshipMaxChildren()).isEqualTo(174_000_000L);
        assertThat(t.schoolYearsTotal()).isEqualTo(19);
        assertThat(t.jkmLumpSum() + t.periodicTotal() + t.funeral()).isEqualTo(42_000_000L);
    }

    @Test
    void fourteenDeathClaimsMatchThePublicRecord() {
        // Aug 2022 – Dec 2024: 14 death claims paid, Rp588,000,000 (RULES.md §4).
        BenefitCalculator calculator = BenefitCalculator.standard();
        long paid = 0;
        for (int i = 0; i < 14; i++) {
            LocalDate death = LocalDate.of(2022, 8, 1).plusMonths(2L * i);
            paid += ((ClaimOutcome.Computed) calculator.compute(claim(ClaimType.JKM_DEATH).incident(death).build(),
                    EVALUATION)).totalCash();
        }
        assertThat(paid).isEqualTo(588_000_000L);
    }
}
