package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.pekalongan.batikberlian.testing.FuzzDriver;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Any cell text must come out of the date parsers as Valid (a real date within the accepted years) or Invalid with
 * a reason code and a message for the clerk; never an exception.
 */
class DateParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        check(new String(data, StandardCharsets.UTF_8));
    }

    @Test
    void tenThousandMutatedDates() {
        int runs = FuzzDriver.named("DateParser.parse + parsePlaceAndDate")
                .seed("17/08/1975").seed("17-08-75").seed("1975-08-17 00:00:00").seed("17 Agustus 1975")
                .seed("August 17th, 1975").seed("27623").seed("Pekalongan, 17-08-1975")
                .seed("Kota Pekalongan 1 Jan 2001").seed("31.02.1990").seed("0975-01-01").seed("")
                .token("/", "-", ".", ",", " ", "Agustus", "Peb", "Nop", "des", "th", "00:00:00", "T00:00", "1900",
                        "2099", "2100", "99999999999", "\u00A0", "29/02/")
                .run(8_002, 10_000, data -> check(new String(data, StandardCharsets.UTF_8)));
        assertThat(runs).isEqualTo(10_000);
    }

    private static void check(String cell) {
        ParsedValue<LocalDate> date = DateParser.parse(cell);
        if (date instanceof ParsedValue.Valid<LocalDate> valid) {
            assertThat(valid.value().getYear()).isBetween(DateParser.MIN_YEAR, DateParser.MAX_YEAR);
        } else {
            assertInvalid((ParsedValue.Invalid<LocalDate>) date);
        }
        ParsedValue<DateParser.BirthPlaceDate> placeDate = DateParser.parsePlaceAndDate(cell);
        if (placeDate instanceof ParsedValue.Valid<DateParser.BirthPlaceDate> valid) {
            assertThat(valid.value().place()).isNotBlank();
            assertThat(valid.value().date().getYear()).isBetween(DateParser.MIN_YEAR, DateParser.MAX_YEAR);
        } else {
            assertInvalid((ParsedValue.Invalid<DateParser.BirthPlaceDate>) placeDate);
        }
    }

    private static void assertInvalid(ParsedValue.Invalid<?> invalid) {
        assertThat(invalid.code()).isNotNull();
        assertThat(invalid.message()).isNotBlank();
    }
}
