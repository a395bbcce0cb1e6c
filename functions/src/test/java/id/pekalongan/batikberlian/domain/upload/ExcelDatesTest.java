package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelDatesTest {

    @ParameterizedTest(name = "serial {0} (1904: {1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1         | false | 1900-01-01
            59        | false | 1900-02-28
            60        | false | ''
            61        | false | 1900-03-01
            25569     | false | 1970-01-01
            27623     | false | 1975-08-17
            27623.75  | false | 1975-08-17
            36526     | false | 2000-01-01
            0         | false | ''
            -1        | false | ''
            0         | true  | 1904-01-01
            24107     | true  | 1970-01-01
            26161     | true  | 1975-08-17
            27623     | true  | 1979-08-18
            """)
    void convertsSerials(double serial, boolean date1904, String expected) {
        Optional<LocalDate> date = ExcelDates.toDate(serial, date1904);
        if (expected.isEmpty()) {
            assertThat(date).isEmpty();
        } else {
            assertThat(date).contains(LocalDate.parse(expected));
        }
    }
}
