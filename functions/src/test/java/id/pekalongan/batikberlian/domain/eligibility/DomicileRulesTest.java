package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kelurahan in the city, and kecamatan consistent with it. */
class DomicileRulesTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # kelurahan typed        | kind | code                      | value
            Medono                   | Pass | KELURAHAN_IN_CITY_OK      | Medono
            Kel. Sapuro-Kebulen      | Pass | KELURAHAN_IN_CITY_OK      | Sapuro Kebulen
            33.75.04.1010            | Pass | KELURAHAN_IN_CITY_OK      | Sokoduwet
            Tirto                    | Pass | KELURAHAN_IN_CITY_OK      | Tirto
            Kedungwuni               | Fail | KELURAHAN_OUTSIDE_CITY    | Kedungwuni
            Wiradesa                 | Fail | KELURAHAN_OUTSIDE_CITY    | Wiradesa
            Desa Rowokembu, Kab. Pekalongan | Fail | KELURAHAN_OUTSIDE_CITY | Desa Rowokembu, Kab. Pekalongan
            Medon                    | Fail | KELURAHAN_UNKNOWN         | Medon
            Batang                   | Fail | KELURAHAN_UNKNOWN         | Batang
            ""                       | Pass | KELURAHAN_IN_CITY_SKIPPED | ""
            """)
    void kelurahanMustBeInTheCity(String kelurahan, String kind, String code, String value) {
        RuleResult result = new KelurahanInCityRule()
                .evaluate(Fixtures.withDomicile(kelurahan, null), Fixtures.context());

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' in ''{1}'' → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", textBlock = """
            # kelurahan        | kecamatan             | kind | code                      | expected
            Medono             | Pekalongan Barat      | Pass | KECAMATAN_MATCHES_OK      | Pekalongan Barat
            Medono             | Pek. Barat            | Pass | KECAMATAN_MATCHES_OK      | Pekalongan Barat
            Medono             | barat                 | Pass | KECAMATAN_MATCHES_OK      | Pekalongan Barat
            Medono             | 33.75.01              | Pass | KECAMATAN_MATCHES_OK      | Pekalongan Barat
            Medono             | NULL                  | Pass | KECAMATAN_MATCHES_OK      | ""
            Medono             | ""                    | Pass | KECAMATAN_MATCHES_OK      | ""
            Degayu             | Pekalongan Utara      | Pass | KECAMATAN_MATCHES_OK      | Pekalongan Utara
            Medono             | Pekalongan Timur      | Fail | KECAMATAN_MISMATCH        | Pekalongan Barat
            Degayu             | Kec. Pekalongan Timur | Fail | KECAMATAN_MISMATCH        | Pekalongan Utara
            Tirto              | Tirto                 | Fail | KECAMATAN_OUTSIDE_CITY    | Pekalongan Barat
            Medono             | Kedungwuni            | Fail | KECAMATAN_OUTSIDE_CITY    | Pekalongan Barat
            Medono             | Pekalongan Tengah     | Fail | KECAMATAN_UNKNOWN         | Pekalongan Barat
            Kedungwuni         | Kedungwuni            | Pass | KECAMATAN_MATCHES_SKIPPED | ""
            """)
    void kecamatanMustMatchTheKelurahan(String kelurahan, String kecamatan, String kind, String code,
                                        String expected) {
        RuleResult result = new KecamatanMatchesRule()
                .evaluate(Fixtures.withDomicile(kelurahan, kecamatan), Fixtures.context());

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.expected()).isEqualTo(expected);
    }
}
