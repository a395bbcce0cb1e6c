package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotAlreadyActiveRuleTest {

    private final NotAlreadyActiveRule rule = new NotAlreadyActiveRule();

    @ParameterizedTest(name = "[{index}] {0} with active {1} → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # nik typed               | active participant | kind | code                        | value
            3375014506900003          | 3375010101800001   | Pass | NOT_ALREADY_ACTIVE_OK       | ""
            3375014506900003          | 3375014506900003   | Fail | ALREADY_ACTIVE_PARTICIPANT  | 3375********0003
            33.75.01.450690.0003      | 3375014506900003   | Fail | ALREADY_ACTIVE_PARTICIPANT  | 3375********0003
            3.37501E+15               | 3375014506900003   | Pass | NOT_ALREADY_ACTIVE_SKIPPED  | ""
            """)
    void sameNikCannotJoinTwice(String nik, String active, String kind, String code, String value) {
        RuleResult result = rule.evaluate(Fixtures.withNik(nik),
                Fixtures.context(Fixtures.EVALUATION_DATE, active));

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
        assertThat(result.message()).doesNotContain("3375014506900003");
    }
}
