package id.pekalongan.batikberlian.domain.upload;

import id.pekalongan.batikberlian.domain.nik.Sex;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SexParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            L          | MALE
            l          | MALE
            LK         | MALE
            Laki-laki  | MALE
            Laki laki  | MALE
            LAKI-LAKI  | MALE
            Lakilaki   | MALE
            Pria       | MALE
            M          | MALE
            Male       | MALE
            1          | MALE
            P          | FEMALE
            Perempuan  | FEMALE
            PEREMPUAN  | FEMALE
            Wanita     | FEMALE
            W          | FEMALE
            F          | FEMALE
            Female     | FEMALE
            2          | FEMALE
            ' p '      | FEMALE
            """)
    void readsAcceptedValues(String input, Sex expected) {
        assertThat(SexParser.parse(input)).isEqualTo(new ParsedValue.Valid<>(expected));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            X         | SEX_INVALID
            3         | SEX_INVALID
            L/P       | SEX_INVALID
            Banci     | SEX_INVALID
            ''        | VALUE_MISSING
            """)
    void refusesOthers(String input, ReasonCode expected) {
        assertThat(SexParser.parse(input)).isInstanceOfSatisfying(ParsedValue.Invalid.class,
                invalid -> assertThat(invalid.code()).isEqualTo(expected));
    }
}
