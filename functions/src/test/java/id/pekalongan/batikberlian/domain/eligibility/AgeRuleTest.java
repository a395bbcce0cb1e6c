package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.time.Age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRuleTest {

    private final AgeRule rule = new AgeRule(18, 65);

    @ParameterizedTest(name = "[{index}] born {0}, on {1} → {2} {3}")
    @CsvSource(textBlock = """
            # birth date, evaluation date, kind, code
            2006-01-15, 2024-01-15, Pass, AGE_RANGE_OK
            2006-01-16, 2024-01-15, Fail, AGE_TOO_YOUNG
            2006-01-14, 2024-01-15, Pass, AGE_RANGE_OK
            1958-01-16, 2024-01-15, Pass, AGE_RANGE_OK
            1958-01-15, 2024-01-15, Fail, AGE_TOO_OLD
            1959-01-15, 2024-01-15, Pass, AGE_RANGE_OK
            1990-06-05, 2024-01-15, Pass, AGE_RANGE_OK
            2024-01-16, 2024-01-15, Fail, BIRTH_DATE_IN_FUTURE
            2024-01-15, 2024-01-15, Fail, AGE_TOO_YOUNG
            2008-02-29, 2026-02-28, Fail, AGE_TOO_YOUNG
            2008-02-29, 2026-03-01, Pass, AGE_RANGE_OK
            2004-02-29, 2022-02-28, Fail, AGE_TOO_YOUNG
            2004-02-29, 2022-03-01, Pass, AGE_RANGE_OK
            2008-02-29, 2026-02-28, Fail, AGE_TOO_YOUNG
            2006-02-28, 2024-02-28, Pass, AGE_RANGE_OK
            2006-03-01, 2024-02-29, Fail, AGE_TOO_YOUNG
            1960-02-29, 2026-02-28, Pass, AGE_RANGE_OK
            1960-02-29, 2026-03-01, Fail, AGE_TOO_OLD
            1960-02-29, 2025-02-28, Pass, AGE_RANGE_OK
            """)
    void judgesAgeOnTheEvaluationDate(LocalDate birthDate, LocalDate on, String kind, String code) {
        RuleResult result = rule.evaluate(Fixtures.withBirthDate(birthDate), Fixtures.context(on));

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.ruleId()).isEqualTo("AGE_RANGE");
    }

    @ParameterizedTest(name = "[{index}] born {0}, on {1}: {2} years")
    @CsvSource({
            "2000-02-29, 2001-02-28, 0", "2000-02-29, 2001-03-01, 1", "2000-02-29, 2004-02-29, 4",
            "2000-02-29, 2004-02-28, 3", "1990-06-05, 2024-06-04, 33", "1990-06-05, 2024-06-05, 34",
            "1990-12-31, 1991-12-30, 0", "1990-12-31, 1991-12-31, 1", "2000-01-01, 2000-01-01, 0"})
    void countsCompletedYears(LocalDate birthDate, LocalDate on, int years) {
        assertThat(Age.yearsOn(birthDate, on)).isEqualTo(years);
    }

    @ParameterizedTest
    @CsvSource({"2006-01-16, 17 tahun, 18–65 tahun", "1958-01-15, 66 tahun, 18–65 tahun"})
    void reportsTheAgeAndTheRange(LocalDate birthDate, String value, String expected) {
        RuleResult result = rule.evaluate(Fixtures.withBirthDate(birthDate), Fixtures.context());

        assertThat(result.value()).isEqualTo(value);
        assertThat(result.expected()).isEqualTo(expected);
    }
}
