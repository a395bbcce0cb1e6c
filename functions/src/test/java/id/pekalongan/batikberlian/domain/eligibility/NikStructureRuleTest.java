package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikStructureRuleTest {

    private final NikStructureRule rule = new NikStructureRule();

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # nik cell               | kind | code                  | value shown
            3375014506900003         | Pass | NIK_STRUCTURE_OK      | 3375********0003
            33.75.01.450690.0003     | Pass | NIK_STRUCTURE_OK      | 3375********0003
            ""                       | Pass | NIK_STRUCTURE_SKIPPED | ""
            3.37501E+15              | Fail | NIK_DAMAGED           | 3.3****E+15
            3375014506900003.0       | Fail | NIK_DAMAGED           | 3375********0003.0
            337501450690003          | Fail | NIK_LENGTH            | 337*********003
            3375O14506900003         | Fail | NIK_NOT_DIGITS        | 337*O********003
            9975014506900003         | Fail | NIK_PROVINCE          | 9975********0003
            3375017506900003         | Fail | NIK_BIRTH_DATE        | 3375********0003
            3375014506900000         | Fail | NIK_SERIAL            | 3375********0000
            """)
    void rejectsBrokenNikWithItsReason(String nik, String kind, String code, String value) {
        RuleResult result = rule.evaluate(Fixtures.withNik(nik), Fixtures.context());

        assertThat(result.getClass().getSimpleName()).isEqualTo(kind);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.value()).isEqualTo(value);
        assertThat(result.field()).isEqualTo("nik");
        assertThat(result.message()).doesNotContain("3375014506900003");
    }
}
