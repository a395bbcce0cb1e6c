package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BillingPeriodTest {

    @ParameterizedTest(name = "{0} is period {1}")
    @CsvSource({
            "2024-05-31T16:59:59Z, 2024-05",  // 23:59:59 WIB on 31 May
            "2024-05-31T17:00:00Z, 2024-06",  // 00:00 WIB on 1 June
            "2024-05-31T17:05:00Z, 2024-06",  // 00:05 WIB: the month being opened
            "2024-06-01T00:00:00Z, 2024-06",
            "2024-12-31T16:59:00Z, 2024-12",
            "2024-12-31T17:00:00Z, 2025-01",  // year boundary in Jakarta before UTC
            "2024-02-29T16:59:59Z, 2024-02",
            "2024-02-29T17:00:00Z, 2024-03",
    })
    void periodFromAnInstantFollowsTheJakartaClock(String instant, String period) {
        assertThat(BillingPeriod.containing(Instant.parse(instant))).isEqualTo(BillingPeriod.parse(period));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-06, 2024, 6, 2024-06-01, 2024-06-30",
            "2024-02, 2024, 2, 2024-02-01, 2024-02-29",
            "2023-02, 2023, 2, 2023-02-01, 2023-02-28",
            "2022-12, 2022, 12, 2022-12-01, 2022-12-31",
    })
    void parsesStrictlyAndKnowsItsDays(String text, int year, int month, LocalDate first, LocalDate last) {
        BillingPeriod period = BillingPeriod.parse(text);

        assertThat(period).isEqualTo(BillingPeriod.of(year, month));
        assertThat(period.firstDay()).isEqualTo(first);
        assertThat(period.lastDay()).isEqualTo(last);
        assertThat(period.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2024-6", "2024-13", "2024-00", "24-06", "2024/06", "2024-06-01", " 2024-06", "2024-06 ",
            "+2024-06", "202406", "2024-0６", "abcd-ef", "2024-1a"})
    void refusesAnythingButYyyyMm(String text) {
        assertThat(BillingPeriod.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> BillingPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-01, 2024-01, 0",
            "2024-01, 2024-12, 11",
            "2022-08, 2024-12, 28",
            "2024-12, 2024-01, -11",
    })
    void countsMonthsBetweenPeriods(String from, String to, long months) {
        BillingPeriod a = BillingPeriod.parse(from);
        BillingPeriod b = BillingPeriod.parse(to);

        assertThat(a.monthsUntil(b)).isEqualTo(months);
        assertThat(a.plusMonths(months)).isEqualTo(b);
    }
}
