package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            17/08/1975           | 1975-08-17
            17-08-1975           | 1975-08-17
            7/8/1975             | 1975-08-07
            17.08.1975           | 1975-08-17
            1975-08-17           | 1975-08-17
            1975-08-17 00:00:00  | 1975-08-17
            17 Agustus 1975      | 1975-08-17
            17 agustus 1975      | 1975-08-17
            17 Agu 1975          | 1975-08-17
            17 Agt 1975          | 1975-08-17
            17-Aug-1975          | 1975-08-17
            17 August 1975       | 1975-08-17
            August 17, 1975      | 1975-08-17
            1 Januari 1980       | 1980-01-01
            29 Februari 1980     | 1980-02-29
            3 Maret 1981         | 1981-03-03
            4 April 1982         | 1982-04-04
            5 Mei 1983           | 1983-05-05
            6 May 1983           | 1983-05-06
            6 Juni 1984          | 1984-06-06
            7 Juli 1985          | 1985-07-07
            9 September 1986     | 1986-09-09
            10 Okt 1987          | 1987-10-10
            10 Oktober 1987      | 1987-10-10
            11 Nopember 1988     | 1988-11-11
            11 November 1988     | 1988-11-11
            12 Des 1989          | 1989-12-12
            12 Desember 1989     | 1989-12-12
            ' 01/02/2000 '       | 2000-02-01
            """)
    void readsAcceptedFormats(String input, LocalDate expected) {
        assertThat(DateParser.parse(input)).isEqualTo(new ParsedValue.Valid<>(expected));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/1990        | DATE_INVALID
            29/02/1990        | DATE_INVALID
            00/01/1990        | DATE_INVALID
            08/17/1975        | DATE_INVALID
            17/08/0975        | DATE_INVALID
            17/08/19750       | DATE_INVALID
            31 April 1990     | DATE_INVALID
            17-08-75          | DATE_AMBIGUOUS_YEAR
            17 Agustus 75     | DATE_AMBIGUOUS_YEAR
            27623             | DATE_SERIAL_NUMBER
            tujuh belas       | DATE_UNRECOGNISED
            17 Agustos 1975   | DATE_UNRECOGNISED
            ''                | VALUE_MISSING
            """)
    void refusesWithAReason(String input, ReasonCode expected) {
        ParsedValue<LocalDate> result = DateParser.parse(input);
        assertThat(result).isInstanceOf(ParsedValue.Invalid.class);
        ParsedValue.Invalid<LocalDate> invalid = (ParsedValue.Invalid<LocalDate>) result;
        assertThat(invalid.code()).isEqualTo(expected);
        if (!input.isEmpty()) {
            assertThat(invalid.message()).contains(input.strip());
        }
    }

    @ParameterizedTest(name = "\"{0}\" → {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            'Pekalongan, 17-08-1975'            | Pekalongan            | 1975-08-17
            'Pekalongan,17/08/1975'             | Pekalongan            | 1975-08-17
            'Pekalongan 17-08-1975'             | Pekalongan            | 1975-08-17
            'Kab. Batang, Jawa Tengah, 1 Mei 1980' | Kab. Batang, Jawa Tengah | 1980-05-01
            'Pekalongan, 17 Agustus 1975'       | Pekalongan            | 1975-08-17
            'Tegal Sari 17 Agustus 1975'        | Tegal Sari            | 1975-08-17
            """)
    void splitsPlaceAndDate(String input, String place, LocalDate date) {
        assertThat(DateParser.parsePlaceAndDate(input))
                .isEqualTo(new ParsedValue.Valid<>(new DateParser.BirthPlaceDate(place, date)));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'Pekalongan, 31-02-1990' | DATE_INVALID
            'Pekalongan, 17-08-75'   | DATE_AMBIGUOUS_YEAR
            'Pekalongan'             | BIRTH_PLACE_DATE_INVALID
            '17-08-1975'             | BIRTH_PLACE_DATE_INVALID
            ''                       | VALUE_MISSING
            """)
    void refusesPlaceAndDateWithAReason(String input, ReasonCode expected) {
        ParsedValue<DateParser.BirthPlaceDate> result = DateParser.parsePlaceAndDate(input);
        assertThat(result).isInstanceOfSatisfying(ParsedValue.Invalid.class,
                invalid -> assertThat(invalid.code()).isEqualTo(expected));
    }
}
