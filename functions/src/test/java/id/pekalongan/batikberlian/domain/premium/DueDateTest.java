package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDateTest {

    private final HolidayCalendar indonesia = HolidayCalendar.indonesia();

    @ParameterizedTest(name = "{0} is due {1} ({2})")
    @CsvSource({
            "2024-05, 2024-05-15, a Wednesday",
            "2022-04, 2022-04-18, 15th is Good Friday -> Monday",
            "2022-05, 2022-05-17, 15th a Sunday; Monday 16th is Waisak",
            "2022-01, 2022-01-17, 15th a Saturday",
            "2023-10, 2023-10-16, 15th a Sunday",
            "2024-06, 2024-06-18, 15th a Saturday; Monday 17th is Idul Adha",
            "2024-09, 2024-09-17, 15th a Sunday; Monday 16th is Maulid",
            "2024-12, 2024-12-16, 15th a Sunday",
            "2025-11, 2025-11-17, 15th a Saturday",
            "2026-08, 2026-08-18, 15th a Saturday; Monday 17th is Independence Day",
            "2026-01, 2026-01-15, a Thursday; the 16th holiday does not matter",
    })
    void dueOnTheFifteenthOrTheNextWorkingDay(String period, LocalDate due, String why) {
        assertThat(BillingPeriod.parse(period).dueDate(indonesia)).as(why).isEqualTo(due);
    }

    @Test
    void everyDueDateIn2022To2026IsAWorkingDayOnOrAfterTheFifteenth() {
        for (BillingPeriod p = BillingPeriod.of(2022, 1); !p.isAfter(BillingPeriod.of(2026, 12)); p = p.next()) {
            LocalDate due = p.dueDate(indonesia);
            assertThat(due).isAfterOrEqualTo(p.firstDay().withDayOfMonth(15));
            assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(indonesia.holidayName(due)).isEmpty();
            assertThat(due.getMonth()).isEqualTo(p.month().getMonth());
        }
    }

    @ParameterizedTest
    @CsvSource({"2022", "2023", "2024", "2025", "2026"})
    void bundledCalendarCoversEachYearWithTheFixedDates(int year) {
        assertThat(indonesia.holidayName(LocalDate.of(year, 1, 1))).isPresent();
        assertThat(indonesia.holidayName(LocalDate.of(year, 8, 17))).contains("Hari Kemerdekaan Republik Indonesia");
        assertThat(indonesia.holidayName(LocalDate.of(year, 12, 25))).isPresent();
        assertThat(indonesia.holidays().keySet().stream().filter(d -> d.getYear() == year).count())
                .isBetween(14L, 20L);
    }

    @Test
    void theCalendarIsExtendableAsData() {
        HolidayCalendar extended = indonesia.with(Map.of(LocalDate.of(2027, 1, 15), "Libur contoh"));

        assertThat(BillingPeriod.of(2027, 1).dueDate(indonesia)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(BillingPeriod.of(2027, 1).dueDate(extended)).isEqualTo(LocalDate.of(2027, 1, 18));
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThatThrownBy(() -> HolidayCalendar.fromCsv(new StringReader("date,name\n2024-01-01,a\n2024-01-01,b\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-01");
    }
}
