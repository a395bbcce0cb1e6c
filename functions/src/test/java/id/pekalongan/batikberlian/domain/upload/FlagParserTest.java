package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ya      | true
            ya      | true
            YA      | true
            Y       | true
            Yes     | true
            1       | true
            √       | true
            ✓       | true
            TRUE    | true
            Tidak   | false
            TIDAK   | false
            Tdk.    | false
            T       | false
            N       | false
            No      | false
            0       | false
            x       | false
            X       | false
            '-'     | false
            FALSE   | false
            """)
    void readsAcceptedValues(String input, boolean expected) {
        assertThat(FlagParser.parse(input)).isEqualTo(new ParsedValue.Valid<>(expected));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tunanetra | FLAG_INVALID
            2         | FLAG_INVALID
            mungkin   | FLAG_INVALID
            ''        | VALUE_MISSING
            """)
    void refusesOthers(String input, ReasonCode expected) {
        assertThat(FlagParser.parse(input)).isInstanceOfSatisfying(ParsedValue.Invalid.class,
                invalid -> assertThat(invalid.code()).isEqualTo(expected));
    }
}
