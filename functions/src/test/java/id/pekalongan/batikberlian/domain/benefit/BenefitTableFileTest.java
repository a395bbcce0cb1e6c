package id.pekalongan.batikberlian.domain.benefit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenefitTableFileTest {

    private static final DisabilityTable NO_ITEMS = new DisabilityTable("T", List.of());

    @Test
    void theBundledFileHoldsTheAmountsOfPp82() {
        BenefitTable t = BenefitTableFile.bundled("PP82-2019.csv");

        assertThat(t.version()).isEqualTo("PP82-2019");
        assertThat(t.validFrom()).isEqualTo(LocalDate.of(2019, 12, 2));
        assertThat(t.jkmLumpSum() + t.periodicTotal() + t.funeral()).isEqualTo(42_000_000L);
        assertThat(t.disabilityWageMonths() * t.jkkDeathPercent() / 100).isEqualTo(48);
        assertThat(t.disabilityWageMonths() * t.totalDisabilityPercent() / 100).isEqualTo(56);
        assertThat(t.scholarship(SchoolLevel.TK_SD)).isEqualTo(new ScholarshipRate(1_500_000L, 8));
        assertThat(t.scholarship(SchoolLevel.PT)).isEqualTo(new ScholarshipRate(12_000_000L, 5));
        assertThat(t.transportCaps()).containsEntry(TransportCapClass.AIR, 10_000_000L);
        assertThat(t.homeCareMaxCost()).isEqualTo(20_000_000L);
        assertThat(t.disabilityTable().size()).isPositive();
        assertThat(BenefitTables.standard().inForceOn(LocalDate.of(2024, 1, 1))).get()
                .extracting(BenefitTable::version).isEqualTo(t.version());
    }

    @Test
    void aTableWithEveryParameterReads() throws IOException {
        BenefitTable t = BenefitTableFile.read("T", new StringReader(bundledText()), name -> NO_ITEMS);

        assertThat(t.funeral()).isEqualTo(10_000_000L);
        assertThat(t.disabilityTable()).isSameAs(NO_ITEMS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing     | funeral,10000000 |                                     | parameter funeral is missing",
            "twice       | funeral,10000000 | funeral,10000000~funeral,10000000 | funeral is given twice",
            "unknown     | funeral,10000000 | funeral,10000000~funeraI,10000000 | unknown parameter funeraI",
            "not a number| funeral,10000000 | funeral,10.000.000                  | funeral must be a whole number",
            "percent     | jkk_death_percent,60 | jkk_death_percent,160           | must be a percent from 0 to 100",
            "negative    | funeral,10000000 | funeral,-1                          | funeral must not be negative",
            "zero months | periodic_months,24 | periodic_months,0                 | must be a positive whole number",
            "bad date    | valid_from,2019-12-02 | valid_from,2/12/2019           | must be a date yyyy-mm-dd"})
    void aWrongParameterStopsTheTableWithTheLineAndTheName(String what, String line, String replacement,
                                                            String message) throws IOException {
        String lines = replacement == null ? "" : replacement.replace('~', '\n') + "\n";
        String text = bundledText().replace(line + "\n", lines);

        assertThatThrownBy(() -> BenefitTableFile.read("T", new StringReader(text), name -> NO_ITEMS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static String bundledText() throws IOException {
        try (InputStream in = BenefitTableFileTest.class.getResourceAsStream("/benefit/PP82-2019.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
