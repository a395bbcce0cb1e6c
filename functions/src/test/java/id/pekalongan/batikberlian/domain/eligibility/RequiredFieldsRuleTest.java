package id.pekalongan.batikberlian.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.nik.Sex;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredFieldsRuleTest {

    private final RequiredFieldsRule rule = new RequiredFieldsRule();

    @ParameterizedTest(name = "[{index}] missing: {6}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", textBlock = """
            # nik              | name   | birth date | sex    | occupation  | kelurahan | missing fields
            3375014506900003   | Siti   | 1990-06-05 | FEMALE | Buruh batik | Medono    | ""
            NULL               | Siti   | 1990-06-05 | FEMALE | Buruh batik | Medono    | nik
            "  "               | Siti   | 1990-06-05 | FEMALE | Buruh batik | Medono    | nik
            "'"                | Siti   | 1990-06-05 | FEMALE | Buruh batik | Medono    | nik
            3375014506900003   | ""     | 1990-06-05 | FEMALE | Buruh batik | Medono    | name
            3375014506900003   | Siti   | NULL       | FEMALE | Buruh batik | Medono    | birthDate
            3375014506900003   | Siti   | 1990-06-05 | NULL   | Buruh batik | Medono    | sex
            3375014506900003   | Siti   | 1990-06-05 | FEMALE | NULL        | Medono    | occupation
            3375014506900003   | Siti   | 1990-06-05 | FEMALE | Buruh batik | " "       | kelurahan
            NULL               | NULL   | NULL       | NULL   | NULL        | NULL      | nik,name,birthDate,sex,occupation,kelurahan
            """)
    void reportsEveryMissingField(String nik, String name, LocalDate birthDate, Sex sex, String occupation,
                                  String kelurahan, String missing) {
        Candidate candidate = new Candidate(nik, name, birthDate, sex, occupation, kelurahan, null, null);

        RuleResult result = rule.evaluate(candidate, Fixtures.context());

        if (missing.isEmpty()) {
            assertThat(result).isInstanceOf(RuleResult.Pass.class);
        } else {
            assertThat(result).isInstanceOf(RuleResult.Fail.class);
            assertThat(result.code()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(result.field()).isEqualTo(missing);
            assertThat(result.message()).startsWith("Kolom wajib belum diisi");
        }
        assertThat(result.ruleId()).isEqualTo("REQUIRED_FIELDS");
    }
}
