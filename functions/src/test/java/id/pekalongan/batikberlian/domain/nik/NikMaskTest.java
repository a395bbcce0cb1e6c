package id.pekalongan.batikberlian.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3375010101800001      | 3375********0001
            33750101018000012345  | 3375************2345
            337501010180          | 337******180
            12345678              | 12****78
            1234567               | 1*****7
            123                   | ***
            33.75.01.010180.0001  | 33.75.**.******.0001
            abc                   | abc
            """)
    void hidesTheMiddle(String raw, String masked) {
        assertThat(NikMask.mask(raw)).isEqualTo(masked);
    }
}
