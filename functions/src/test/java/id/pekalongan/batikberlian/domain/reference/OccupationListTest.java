package id.pekalongan.batikberlian.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccupationListTest {

    private static final OccupationList LIST = OccupationList.loadDefault();

    @Test
    void shipsTheSixteenPublishedOccupations() {
        assertThat(LIST.all()).hasSize(16);
        assertThat(LIST.all()).allSatisfy(o -> assertThat(o.validTo()).isNull());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tukang becak                   | BECAK
            TUKANG BECAK                   | BECAK
            tukang-becak                   | BECAK
            BECAK                          | BECAK
            pengayuh  becak                | BECAK
            sopir angkot                   | SOPIR_ANGKOT
            Supir Angkot                   | SOPIR_ANGKOT
            sopir_angkot                   | SOPIR_ANGKOT
            Sopir angkutan umum sistem setoran | SOPIR_ANGKOT
            Pak Ogah                       | SUPELTAS
            Lebe Non-PNS                   | LEBE
            Marbot masjid/musala           | MARBOT
            BHL                            | BURUH_HARIAN
            pembatik                       | BURUH_BATIK
            Pemulung                       | PEMULUNG
            """)
    void findsByCodeNameOrAlias(String typed, String code) {
        assertThat(LIST.find(typed)).map(Occupation::code).contains(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Guru
            Tukang
            ''
            Becak motor
            """)
    void unknownOccupationsAreNotFound(String typed) {
        assertThat(LIST.find(typed)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} on {1} → {2}")
    @CsvSource({
            "BECAK,        2022-05-31, false",
            "BECAK,        2022-06-01, true",
            "BURUH_HARIAN, 2022-09-30, false",
            "BURUH_HARIAN, 2022-10-01, true",
            "BURUH_BATIK,  2023-06-21, false",
            "BURUH_BATIK,  2023-06-22, true",
            "BURUH_BATIK,  2030-01-01, true"})
    void validFromIsTheFirstDay(String code, LocalDate date, boolean valid) {
        assertThat(LIST.find(code)).hasValueSatisfying(o -> assertThat(o.validOn(date)).isEqualTo(valid));
    }

    @ParameterizedTest(name = "[{index}] on {0}: {1} occupations")
    @CsvSource({"2022-05-31, 0", "2022-06-01, 6", "2022-10-01, 11", "2023-06-22, 16"})
    void validOnCountsTheListInForce(LocalDate date, int count) {
        assertThat(LIST.validOn(date)).hasSize(count);
    }

    @ParameterizedTest(name = "[{index}] ends {0}, checked {1} → {2}")
    @CsvSource({"2024-12-31, 2024-12-31, true", "2024-12-31, 2025-01-01, false"})
    void validToIsTheLastDay(LocalDate validTo, LocalDate date, boolean valid) {
        Occupation ended = new Occupation("NELAYAN", "Nelayan", List.of(), LocalDate.of(2024, 1, 1), validTo, "test");

        assertThat(ended.validOn(date)).isEqualTo(valid);
    }

    @Test
    void staffCanExtendTheListFromCsv() {
        String csv = """
                code,name,aliases,valid_from,valid_to,basis
                NELAYAN,Nelayan kecil,"nelayan|nelayan tradisional",2024-01-01,,Perwal (contoh)
                JUKIR,Juru parkir,tukang parkir|jukir,2023-06-22,2024-06-30,Perwal (contoh)
                """;

        OccupationList list = OccupationList.fromCsv(new StringReader(csv));

        assertThat(list.find("Nelayan Tradisional")).map(Occupation::code).contains("NELAYAN");
        assertThat(list.find("jukir")).hasValueSatisfying(o -> {
            assertThat(o.validTo()).isEqualTo(LocalDate.of(2024, 6, 30));
            assertThat(o.validOn(LocalDate.of(2024, 7, 1))).isFalse();
        });
    }

    @Test
    void staffCanExtendTheListWithRecords() {
        OccupationList extended = LIST.with(
                new Occupation("JUKIR", "Juru parkir", List.of("jukir"), LocalDate.of(2023, 6, 22), null, "Perwal"));

        assertThat(extended.all()).hasSize(17);
        assertThat(extended.find("Juru Parkir")).isPresent();
        assertThat(LIST.find("Juru Parkir")).isEmpty();
    }

    @Test
    void refusesAnAliasClaimedByTwoOccupations() {
        Occupation ojekOnline = new Occupation("OJEK_ONLINE", "Ojek daring", List.of("ojek"),
                LocalDate.of(2024, 1, 1), null, "");

        assertThatThrownBy(() -> LIST.with(ojekOnline))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OJEK_PANGKALAN").hasMessageContaining("OJEK_ONLINE");
    }
}
