package id.pekalongan.batikberlian.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Months billed → contribution months on the incident date. */
class ContributionCountTest {

    /** "2022-04..2025-03|2025-05" → every month of each range. */
    private static List<YearMonth> months(String ranges) {
        List<YearMonth> out = new ArrayList<>();
        if (ranges == null) {
            return out;
        }
        for (String range : ranges.split("\\|")) {
            String[] ends = range.strip().split("\\.\\.");
            YearMonth from = YearMonth.parse(ends[0]);
            YearMonth to = YearMonth.parse(ends[ends.length - 1]);
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                out.add(m);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "billed {0}, incident {1} → {2} cumulative, {3} continuous")
    @CsvSource(nullValues = "-", value = {
            "2022-04..2025-03,                  2025-03-10, 36, 36",
            "2022-05..2025-03,                  2025-03-10, 35, 35",
            // the incident month's line counts from its first day
            "2022-04..2025-03,                  2025-03-01, 36, 36",
            // a month billed after the incident does not
            "2022-04..2025-04,                  2025-03-31, 36, 36",
            // a gap breaks the continuous run but not the cumulative count
            "2021-01..2022-12|2023-03..2025-02, 2025-03-10, 48, 24",
            "2021-01..2022-12|2023-03..2025-02, 2022-12-31, 24, 24",
            "-,                                 2025-03-10,  0,  0",
            "2025-04..2025-06,                  2025-03-10,  0,  0",
    })
    void countsMonthsBilledUpToTheIncidentMonth(String billed, LocalDate incident, int cumulative, int continuous) {
        List<YearMonth> months = months(billed);
        // a re-run that bills a month twice still counts it once
        if (!months.isEmpty()) {
            months.add(months.get(0));
        }
        assertThat(ContributionCount.of(months, incident)).isEqualTo(new ContributionCount(cumulative, continuous));
    }
}
