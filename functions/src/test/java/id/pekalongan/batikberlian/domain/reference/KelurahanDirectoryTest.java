package id.pekalongan.batikberlian.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KelurahanDirectoryTest {

    private static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();

    @Test
    void shipsFourKecamatanAndTwentySevenKelurahan() {
        assertThat(DIRECTORY.kecamatan()).extracting(Kecamatan::name)
                .containsExactly("Pekalongan Barat", "Pekalongan Timur", "Pekalongan Utara", "Pekalongan Selatan");
        assertThat(DIRECTORY.kelurahan()).hasSize(27);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # typed                          | kelurahan code
            Medono                           | 33.75.01.1002
            MEDONO                           | 33.75.01.1002
            "  medono  "                     | 33.75.01.1002
            Kel. Medono                      | 33.75.01.1002
            Kelurahan Medono                 | 33.75.01.1002
            kel medono                       | 33.75.01.1002
            Medono, Kota Pekalongan          | 33.75.01.1002
            Sapuro Kebulen                   | 33.75.01.1004
            Sapuro-Kebulen                   | 33.75.01.1004
            sapurokebulen                    | 33.75.01.1004
            SAPURO  KEBULEN.                 | 33.75.01.1004
            33.75.01.1004                    | 33.75.01.1004
            3375011004                       | 33.75.01.1004
            Pasir Kraton Kramat              | 33.75.01.1008
            Pasir-Kraton-Kramat              | 33.75.01.1008
            Tirto                            | 33.75.01.1009
            Kel. Tirto                       | 33.75.01.1009
            Noyontaan Sari                   | 33.75.02.1002
            Kalibaros                        | 33.75.02.1012
            Kali Baros                       | 33.75.02.1012
            Kandangpanjang                   | 33.75.03.1003
            Padukuhan Kraton                 | 33.75.03.1006
            Buaran Kradenan                  | 33.75.04.1003
            Soko Duwet                       | 33.75.04.1010
            Kuripan-Kertoharjo               | 33.75.04.1006
            """)
    void matchesKelurahanOfTheCity(String typed, String code) {
        assertThat(DIRECTORY.matchKelurahan(typed)).isInstanceOfSatisfying(KelurahanMatch.InCity.class,
                match -> assertThat(match.kelurahan().code()).isEqualTo(code));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                          | place reported
            Kedungwuni                       | Kedungwuni
            KAJEN                            | Kajen
            Wonopringgo                      | Wonopringgo
            Buaran                           | Buaran
            Kel. Wiradesa                    | Wiradesa
            Rowokembu, Kab. Pekalongan       | rowokembu
            Kabupaten Pekalongan             | Kabupaten Pekalongan
            Tirto Kab Pekalongan             | tirto
            """)
    void reportsKabupatenPlacesAsOutsideTheCity(String typed, String place) {
        assertThat(DIRECTORY.matchKelurahan(typed)).isInstanceOfSatisfying(KelurahanMatch.OutsideCity.class,
                match -> {
                    assertThat(match.place()).isEqualTo(place);
                    assertThat(match.region()).isEqualTo("Kabupaten Pekalongan");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Medonoo
            Sapuro
            Pekalongan Barat
            33.75.01.9999
            Batang
            Kuripan
            """)
    void leavesUnknownNamesUnknown(String typed) {
        assertThat(DIRECTORY.matchKelurahan(typed)).isInstanceOf(KelurahanMatch.Unknown.class);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed                          | kecamatan code
            Pekalongan Barat                 | 33.75.01
            pekalongan-barat                 | 33.75.01
            Pek. Barat                       | 33.75.01
            Pek Barat                        | 33.75.01
            Barat                            | 33.75.01
            Kec. Pekalongan Barat            | 33.75.01
            Kecamatan Barat                  | 33.75.01
            33.75.01                         | 33.75.01
            337501                           | 33.75.01
            PEKALONGAN TIMUR                 | 33.75.02
            Pkl Utara                        | 33.75.03
            Kota Pekalongan Utara            | 33.75.03
            Selatan                          | 33.75.04
            33.75.04                         | 33.75.04
            """)
    void matchesKecamatanOfTheCity(String typed, String code) {
        assertThat(DIRECTORY.matchKecamatan(typed)).isInstanceOfSatisfying(KecamatanMatch.InCity.class,
                match -> assertThat(match.kecamatan().code()).isEqualTo(code));
    }

    @ParameterizedTest
    @CsvSource({"Tirto, OutsideCity", "Kec. Kedungwuni, OutsideCity", "Bojong, OutsideCity",
            "Pekalongan, Unknown", "Barat Daya, Unknown", "33.75.05, Unknown", "Medono, Unknown"})
    void kecamatanOutsideOrUnknown(String typed, String kind) {
        assertThat(DIRECTORY.matchKecamatan(typed).getClass().getSimpleName()).isEqualTo(kind);
    }

    @Test
    void kelurahanKnowsItsKecamatan() {
        assertThat(DIRECTORY.kelurahanByCode("3375031007")).hasValueSatisfying(k -> {
            assertThat(k.name()).isEqualTo("Degayu");
            assertThat(k.kecamatan()).isEqualTo(new Kecamatan("33.75.03", "Pekalongan Utara"));
        });
    }

    @Test
    void refusesAnAliasThatPointsAtTwoKelurahan() {
        List<Kelurahan> two = List.of(
                new Kelurahan("33.75.01.1002", "Medono", "33.75.01", "Pekalongan Barat"),
                new Kelurahan("33.75.01.1003", "Podosugih", "33.75.01", "Pekalongan Barat"));

        assertThatThrownBy(() -> new KelurahanDirectory(two, Map.of("33.75.01.1003", List.of("MEDONO")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("medono");
    }

    @Test
    void readsReferenceFilesGivenByStaff() {
        String kelurahan = """
                kecamatan_code,kecamatan,kelurahan_code,kelurahan,aliases
                33.75.01,Pekalongan Barat,33.75.01.1002,Medono,"Medono Lama|Medono-Baru"
                """;
        KelurahanDirectory directory = KelurahanDirectory.fromCsv(new StringReader(kelurahan),
                new StringReader("kecamatan\nKajen\n"));

        assertThat(directory.matchKelurahan("medono baru")).isInstanceOf(KelurahanMatch.InCity.class);
        assertThat(directory.matchKelurahan("Kajen")).isInstanceOf(KelurahanMatch.OutsideCity.class);
    }
}
