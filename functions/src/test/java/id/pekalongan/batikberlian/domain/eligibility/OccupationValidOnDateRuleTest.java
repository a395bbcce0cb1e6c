package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccupationValidOnDateRuleTest {

    private final OccupationValidOnDateRule rule = new OccupationValidOnDateRule();

    @ParameterizedTest(name = "[{index}] ''{0}'' on {1} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # occupation typed   | evaluated  | kind | code                         | value
            Buruh batik          | 2024-01-15 | Pass | OCCUPATION_VALID_OK          | Buruh batik
            PEMBATIK             | 2024-01-15 | Pass | OCCUPATION_VALID_OK          | Buruh batik
            Buruh batik          | 2023-06-22 | Pass | OCCUPATION_VALID_OK          | Buruh batik
            Buruh batik          | 2023-06-21 | Fail | OCCUPATION_NOT_VALID_ON_DATE | Buruh batik
            tukang becak         | 2022-06-01 | Pass | OCCUPATION_VALID_OK          | Tukang becak
            tukang becak         | 2022-05-31 | Fail | OCCUPATION_NOT_VALID_ON_DATE | Tukang becak
            Ojek                 | 2022-10-01 | Pass | OCCUPATION_VALID_OK          | Tukang ojek pangkalan
            Ojek                 | 2022-09-30 | Fail | OCCUPATION_NOT_VALID_ON_DATE | Tukang ojek pangkalan
            Guru honorer         | 2024-01-15 | Fail | OCCUPATION_UNKNOWN           | Guru honorer
            "  Nelayan "         | 2024-01-15 | Fail | OCCUPATION_UNKNOWN           | Nelayan
            ""                   | 2024-01-15 | Pass | OCCUPATION_VALID_SKIPPED     | ""
            """)
    void occupationMustBeListedAndInForce(String typed, LocalDate on, String kind, String code, String value) {
        RuleResult result = rule.evaluate(Fixtures.withOccupation(typed), Fixtures.context(on));

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
        assertThat(result.field()).isEqualTo("occupation");
    }
}
