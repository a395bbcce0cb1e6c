package id.pekalongan.batikberlian.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.pekalongan.batikberlian.testing.FuzzDriver;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Any cell text at all must come out of the NIK parser as a Nik or an InvalidNik with a reason code, and an
 * InvalidNik never shows more than 8 digits of what was typed (the mask) nor a long digit run in its message.
 */
class NikParserFuzzTest {

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{5,}");

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        check(new String(data, StandardCharsets.UTF_8));
    }

    @Test
    void tenThousandMutatedCells() {
        int runs = FuzzDriver.named("NikParser.parse")
                .seed("3375010101900001").seed("3375 0101 0190 0001").seed("'3375014202910002")
                .seed("3.37501E+15").seed("3375010101900001.0").seed("3.375.010.101.900.001")
                .seed("33-75-01-0101900001").seed("9975010101900001").seed("3375013102900001")
                .seed("3375010101900000").seed("").seed("   ").seed("33750101019000011")
                .token("3375", "E+15", ".0", ",00", "\u00A0", "\u2013", "'", "0000", "41", "29", "02", "١٢٣")
                .run(8_001, 10_000, data -> check(new String(data, StandardCharsets.UTF_8)));
        assertThat(runs).isEqualTo(10_000);
    }

    private static void check(String cell) {
        NikParseResult result = NikParser.parse(cell);
        assertThat(result).isNotNull();
        if (result instanceof Nik nik) {
            assertThat(nik.digits()).matches("[0-9]{16}");
            assertThat(nik.toString()).doesNotContain(nik.digits());
        } else {
            InvalidNik invalid = (InvalidNik) result;
            assertThat(invalid.code()).matches("[A-Z_]+");
            // A spreadsheet's decimal tail ("….0") is shown as typed: its zeros are not the NIK's.
            String shown = invalid.masked().replaceFirst("[.,]0{1,2}$", "");
            assertThat(shown.chars().filter(c -> c >= '0' && c <= '9').count())
                    .as("digits the mask %s shows", invalid.masked()).isLessThanOrEqualTo(8);
            assertThat(LONG_DIGIT_RUN.matcher(invalid.message()).find()).as("message " + invalid.message())
                    .isFalse();
        }
    }
}
