package id.pekalongan.batikberlian.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikInTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3375010101800001                                | 3375********0001
            NIK 3375010101800001 ditolak                    | NIK 3375********0001 ditolak
            nik=3375010101800001,lagi=3375024408880002      | nik=3375********0001,lagi=3375********0002
            3375 0101 0180 0001                             | 3375 **** **** 0001
            33.75.01.010180.0001                            | 33.75.**.******.0001
            3375-0101-0180-0001                             | 3375-****-****-0001
            x3375010101800001y                              | x3375********0001y
            """)
    void masksEachNikLookingRunWithTheNikMaskRule(String text, String masked) {
        assertThat(NikInText.maskAll(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sequence 111100000000000000000001
            33750101018000012
            337501010180000
            3375 0101 0180 000
            1733650000123456789
            upload 2026-12-08T01:15:03Z baris 1.000.000
            3375********0001
            """)
    void leavesTextWithoutASixteenDigitRunAlone(String text) {
        assertThat(NikInText.maskAll(text)).isSameAs(text);
    }

    @Test
    void aMaskedValueIsNotMaskedAgainAndNullStaysNull() {
        String once = NikInText.maskAll("3375010101800001");
        assertThat(NikInText.maskAll(once)).isSameAs(once);
        assertThat(NikInText.maskAll(null)).isNull();
    }

    @Test
    void aNikAcrossLinesOfAStackTraceIsFoundOnEachLine() {
        String trace = "java.lang.IllegalStateException: NIK 3375010101800001 sudah ada\n"
                + "\tat a.B.c(B.java:10)\nCaused by: java.lang.RuntimeException: 3375024408880002\n";
        assertThat(NikInText.maskAll(trace))
                .doesNotContain("3375010101800001", "3375024408880002")
                .contains("NIK 3375********0001 sudah ada", "RuntimeException: 3375********0002", "B.java:10");
    }
}
