package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.nik.Sex;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIK checks that only warn: birth date, sex, prefix, ambiguous year. */
class NikWarningRulesTest {

    @ParameterizedTest(name = "[{index}] {0} vs recorded {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # nik               | recorded birth | kind | code                          | value
            3375014506900003    | 1990-06-05     | Pass | NIK_BIRTH_DATE_MATCHES_OK     | ''
            3375014506900003    | 1990-06-06     | Warn | NIK_BIRTH_DATE_MISMATCH       | hari
            3375014506900003    | 1990-07-05     | Warn | NIK_BIRTH_DATE_MISMATCH       | bulan
            3375014506900003    | 1991-06-05     | Warn | NIK_BIRTH_DATE_MISMATCH       | tahun
            3375014506900003    | 1991-07-06     | Warn | NIK_BIRTH_DATE_MISMATCH       | hari, bulan, tahun
            3375010506900003    | 1990-06-05     | Pass | NIK_BIRTH_DATE_MATCHES_OK     | ''
            3375012902000003    | 2000-02-29     | Pass | NIK_BIRTH_DATE_MATCHES_OK     | ''
            3375012902840003    | 1984-02-29     | Pass | NIK_BIRTH_DATE_MATCHES_OK     | ''
            3375014506900003    | NULL           | Pass | NIK_BIRTH_DATE_MATCHES_SKIPPED | ''
            3.37501E+15         | 1990-06-05     | Pass | NIK_BIRTH_DATE_MATCHES_SKIPPED | ''
            """)
    void birthDateInNikAgainstRecorded(String nik, LocalDate recorded, String kind, String code, String value) {
        RuleResult result = new NikBirthDateMatchesRule()
                .evaluate(Fixtures.withNikAndBirth(nik, recorded, Sex.FEMALE), Fixtures.context());

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
        if (nik.length() == 16) {
            assertThat(result.message()).doesNotContain(nik.substring(4, 12));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} recorded {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # nik               | recorded sex | kind | code                    | value     | expected
            3375014506900003    | FEMALE       | Pass | NIK_SEX_MATCHES_OK      | ''        | ''
            3375014506900003    | MALE         | Warn | NIK_SEX_MISMATCH        | Laki-laki | Perempuan
            3375010506900003    | MALE         | Pass | NIK_SEX_MATCHES_OK      | ''        | ''
            3375010506900003    | FEMALE       | Warn | NIK_SEX_MISMATCH        | Perempuan | Laki-laki
            3375010506900003    | NULL         | Pass | NIK_SEX_MATCHES_SKIPPED | ''        | ''
            337501050690003     | MALE         | Pass | NIK_SEX_MATCHES_SKIPPED | ''        | ''
            """)
    void sexInNikAgainstRecorded(String nik, Sex recorded, String kind, String code, String value,
                                 String expected) {
        RuleResult result = new NikSexMatchesRule()
                .evaluate(Fixtures.withNikAndBirth(nik, LocalDate.of(1990, 6, 5), recorded), Fixtures.context());

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
        assertThat(result.expected()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # nik               | kind | code                    | value
            3375014506900003    | Pass | NIK_PREFIX_CITY_OK      | ''
            3326014506900003    | Warn | NIK_PREFIX_OUTSIDE_CITY | 33.26
            3325014506900003    | Warn | NIK_PREFIX_OUTSIDE_CITY | 33.25
            3175014506900003    | Warn | NIK_PREFIX_OUTSIDE_CITY | 31.75
            3375014506900000    | Pass | NIK_PREFIX_CITY_SKIPPED | ''
            """)
    void prefixOutsideTheCityOnlyWarns(String nik, String kind, String code, String value) {
        RuleResult result = new NikPrefixOutsideCityRule().evaluate(Fixtures.withNik(nik), Fixtures.context());

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "[{index}] {0} on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # nik               | evaluated  | kind | why
            3375010501230001    | 2023-07-01 | Warn | 1923 is 100, 2023 is 0: both possible
            3375010107230001    | 2023-07-01 | Warn | born today in 2023 (age 0) or 1923 (age 100)
            3375010207230001    | 2023-07-01 | Pass | 2023-07-02 is tomorrow; only 1923
            3375010506220001    | 2023-07-01 | Pass | 1922 would be 101
            3375010506800001    | 2023-07-01 | Pass | 2080 lies ahead
            3375010101050001    | 2023-07-01 | Pass | 1905 would be 118
            3375012902000001    | 2023-07-01 | Pass | 29 Feb 1900 does not exist; only 2000
            3375010101240001    | 2024-01-01 | Warn | 1924 turns 100 today; 2024 is born today
            3375010101240001    | 2024-12-31 | Warn | 100 and 0 all year
            3375010101240001    | 2025-01-01 | Pass | 1924 turns 101: beyond the plausible maximum
            3375014101240001    | 2024-06-01 | Warn | women too: day 41 is the 1st
            """)
    void yearAmbiguousWhenBothCenturiesArePlausible(String nik, LocalDate on, String kind, String why) {
        RuleResult result = new NikYearAmbiguousRule(100).evaluate(Fixtures.withNik(nik), Fixtures.context(on));

        assertThat(result.getClass().getSimpleName()).as(why).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(kind.equals("Warn") ? "NIK_YEAR_AMBIGUOUS" : "NIK_YEAR_AMBIGUOUS_OK");
    }
}
