package id.pekalongan.batikberlian.domain.nik;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikParserTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # raw cell                       | reason         | masked shown
            3.37501E+15                      | NIK_DAMAGED    | 3.3****E+15
            3,37501E+15                      | NIK_DAMAGED    | 3,3****E+15
            3.37501e15                       | NIK_DAMAGED    | 3.3****e15
            3.3750101018E+15                 | NIK_DAMAGED    | 3.37*******8E+15
            3375010101800001.0               | NIK_DAMAGED    | 3375********0001.0
            3375010101800001,0               | NIK_DAMAGED    | 3375********0001,0
            3375010101800001.00              | NIK_DAMAGED    | 3375********0001.00
            '3,375,010,101,800,000           | NIK_DAMAGED    | 3,375,***,***,**0,000
            3.375.010.101.800.000            | NIK_DAMAGED    | 3.375.***.***.**0.000
            337501010180000                  | NIK_LENGTH     | 337*********000
            33750101018000012                | NIK_LENGTH     | 3375*********0012
            3375 0101 8000                   | NIK_LENGTH     | 337******000
            3375O10101800001                 | NIK_NOT_DIGITS | 337*O********001
            NIK 3375010101800001             | NIK_NOT_DIGITS | NIK 3375********0001
            3375/010101/800001               | NIK_NOT_DIGITS | 3375/******/**0001
            1075010101800001                 | NIK_PROVINCE   | 1075********0001
            2075010101800001                 | NIK_PROVINCE   | 2075********0001
            3775010101800001                 | NIK_PROVINCE   | 3775********0001
            9775010101800001                 | NIK_PROVINCE   | 9775********0001
            0075010101800001                 | NIK_PROVINCE   | 0075********0001
            3375010001800001                 | NIK_BIRTH_DATE | 3375********0001
            3375013201800001                 | NIK_BIRTH_DATE | 3375********0001
            3375014001800001                 | NIK_BIRTH_DATE | 3375********0001
            3375017201800001                 | NIK_BIRTH_DATE | 3375********0001
            3375010113800001                 | NIK_BIRTH_DATE | 3375********0001
            3375010100800001                 | NIK_BIRTH_DATE | 3375********0001
            3375013102800001                 | NIK_BIRTH_DATE | 3375********0001
            3375012902010001                 | NIK_BIRTH_DATE | 3375********0001
            3375016902010001                 | NIK_BIRTH_DATE | 3375********0001
            3375013104800001                 | NIK_BIRTH_DATE | 3375********0001
            3375010101800000                 | NIK_SERIAL     | 3375********0000
            """)
    void rejectsWithReasonAndMask(String raw, NikReason reason, String masked) {
        NikParseResult result = NikParser.parse(raw);

        assertThat(result).isInstanceOf(InvalidNik.class);
        InvalidNik invalid = (InvalidNik) result;
        assertThat(invalid.reason()).isEqualTo(reason);
        assertThat(invalid.code()).isEqualTo(reason.name());
        assertThat(invalid.masked()).isEqualTo(masked);
        assertThat(invalid.message()).isNotBlank().doesNotContain("3375010101800001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "'", "\t"})
    void blankIsRequired(String raw) {
        assertThat(NikParser.parse(raw)).isInstanceOfSatisfying(InvalidNik.class,
                invalid -> assertThat(invalid.reason()).isEqualTo(NikReason.NIK_REQUIRED));
    }

    @Test
    void lengthMessageNamesTheCount() {
        InvalidNik invalid = (InvalidNik) NikParser.parse("337501010180000");

        assertThat(invalid.message()).contains("15 digit");
    }

    @Test
    void damagedMessageSaysSpreadsheetDamage() {
        InvalidNik invalid = (InvalidNik) NikParser.parse("3.37501E+15");

        assertThat(invalid.message()).contains("rusak").contains("notasi ilmiah").contains("tidak dapat dipulihkan");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # raw cell                 | digits           | province | regency | district | sex    | day | month | yy | candidates
            3375010101800001           | 3375010101800001 | 33       | 3375    | 337501   | MALE   | 1   | 1     | 80 | 1980-01-01 2080-01-01
            33.75.01.010180.0001       | 3375010101800001 | 33       | 3375    | 337501   | MALE   | 1   | 1     | 80 | 1980-01-01 2080-01-01
            3375-0101-0180-0001        | 3375010101800001 | 33       | 3375    | 337501   | MALE   | 1   | 1     | 80 | 1980-01-01 2080-01-01
            ' 3375 0101 0180 0001      | 3375010101800001 | 33       | 3375    | 337501   | MALE   | 1   | 1     | 80 | 1980-01-01 2080-01-01
            3375035508950123           | 3375035508950123 | 33       | 3375    | 337503   | FEMALE | 15  | 8     | 95 | 1995-08-15 2095-08-15
            3375047112990002           | 3375047112990002 | 33       | 3375    | 337504   | FEMALE | 31  | 12    | 99 | 1999-12-31 2099-12-31
            3326020101050003           | 3326020101050003 | 33       | 3326    | 332602   | MALE   | 1   | 1     | 5  | 1905-01-01 2005-01-01
            3375022902000004           | 3375022902000004 | 33       | 3375    | 337502   | MALE   | 29  | 2     | 0  | 2000-02-29
            3375026902000005           | 3375026902000005 | 33       | 3375    | 337502   | FEMALE | 29  | 2     | 0  | 2000-02-29
            3375022902840006           | 3375022902840006 | 33       | 3375    | 337502   | MALE   | 29  | 2     | 84 | 1984-02-29 2084-02-29
            1101010101700001           | 1101010101700001 | 11       | 1101    | 110101   | MALE   | 1   | 1     | 70 | 1970-01-01 2070-01-01
            9601010101700001           | 9601010101700001 | 96       | 9601    | 960101   | MALE   | 1   | 1     | 70 | 1970-01-01 2070-01-01
            2101010101709999           | 2101010101709999 | 21       | 2101    | 210101   | MALE   | 1   | 1     | 70 | 1970-01-01 2070-01-01
            """)
    void parsesValidNik(String raw, String digits, String province, String regency, String district, Sex sex,
                        int day, int month, int yy, String candidates) {
        NikParseResult result = NikParser.parse(raw);

        assertThat(result).isInstanceOf(Nik.class);
        Nik nik = (Nik) result;
        assertThat(nik.digits()).isEqualTo(digits);
        assertThat(nik.provinceCode()).isEqualTo(province);
        assertThat(nik.regencyCode()).isEqualTo(regency);
        assertThat(nik.districtCode()).isEqualTo(district);
        assertThat(nik.sex()).isEqualTo(sex);
        assertThat(nik.birthDay()).isEqualTo(day);
        assertThat(nik.birthMonth()).isEqualTo(month);
        assertThat(nik.birthYearTwoDigits()).isEqualTo(yy);
        assertThat(nik.candidateBirthDates())
                .containsExactlyElementsOf(List.of(candidates.split(" ")).stream().map(LocalDate::parse).toList());
        assertThat(nik.serial()).isEqualTo(digits.substring(12));
    }

    @Test
    void masksFirstAndLastFour() {
        Nik nik = (Nik) NikParser.parse("3375010101800001");

        assertThat(nik.masked()).isEqualTo("3375********0001");
        assertThat(nik.toString()).contains("3375********0001").doesNotContain("3375010101800001");
    }

    @ParameterizedTest
    @CsvSource({"3375010101800001, true", "3326010101800001, false", "3337010101800001, false"})
    void knowsKotaPekalongan(String raw, boolean city) {
        Nik nik = (Nik) NikParser.parse(raw);

        assertThat(nik.isKotaPekalongan()).isEqualTo(city);
    }

    @Test
    void centuryLookup() {
        Nik nik = (Nik) NikParser.parse("3375022902000004");

        assertThat(nik.birthDateInCentury(2000)).contains(LocalDate.of(2000, 2, 29));
        assertThat(nik.birthDateInCentury(1900)).isEmpty();
        assertThat(nik.hasTwoCandidateBirthDates()).isFalse();
    }
}
