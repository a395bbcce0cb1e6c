package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxStylesTest {

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0   | ''                      | false
            1   | ''                      | false
            14  | ''                      | true
            17  | ''                      | true
            22  | ''                      | true
            49  | ''                      | false
            164 | dd/mm/yyyy              | true
            165 | d mmmm yyyy             | true
            166 | [$-421]dd mmmm yyyy;@   | true
            167 | 0                       | false
            168 | '#,##0.00'              | false
            169 | '[Red]0'                | false
            170 | '"Tgl "0'               | false
            171 | h:mm:ss                 | false
            172 | mmm-yy                  | true
            173 | General                 | false
            174 | '0\\d'                  | false
            """)
    void recognisesDateFormats(int id, String code, boolean expected) {
        assertThat(XlsxStyles.isDateFormat(id, code.isEmpty() ? null : code)).isEqualTo(expected);
    }
}
