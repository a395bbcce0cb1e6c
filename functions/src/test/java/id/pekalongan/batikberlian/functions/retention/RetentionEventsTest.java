package id.pekalongan.batikberlian.functions.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.testing.Refusals;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RedactExpiredRefusals' door, shape by shape, and the day a run counts the retention back from: never later than
 * the day it runs.
 */
class RetentionEventsTest {

    private static final ObjectMapper JSON = Json.MAPPER;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"scheduledTime\":\"2026-12-07T18:30:00Z\"}     | 2026-12-07T18:30:00Z",
            "{\"scheduledTime\":\"2026-12-07T18:30:00.123Z\"} | 2026-12-07T18:30:00.123Z",
            "{}                                              | by hand",
    })
    void anAcceptedShapeBecomesItsRun(String event, String scheduled) throws Exception {
        RetentionRun run = RetentionEvents.decode(JSON.readTree(event));
        assertThat(run.scheduledTime() == null ? "by hand" : run.scheduledTime().toString()).isEqualTo(scheduled);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"retention\":{}}                                          | an object with keys [retention]",
            "{\"scheduledTime\":\"2026-12-07T18:30:00Z\",\"period\":\"2026-12\"} | keys [scheduledTime, period]",
            "{\"time\":\"2026-12-07T18:30:00Z\"}                          | an object with keys [time]",
            "{\"Records\":[]}                                            | an object with keys [Records]",
    })
    void anyOtherShapeIsRefusedNamingTheAcceptedOnes(String event, String described) throws Exception {
        RefusedEvent refused = Refusals.refusedAs(RetentionEvents::decode, event, "EVENT_UNKNOWN_SHAPE");
        assertThat(refused.getMessage()).contains("RedactExpiredRefusals accepts one of: (1) the schedule's"
                + " {\"scheduledTime\":", "(2) {} to redact as of now", described);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"scheduledTime\":\"<aws.scheduler.scheduled-time>\"} | not an ISO-8601 instant",
            "{\"scheduledTime\":\"2026-12-08\"}                     | not an ISO-8601 instant",
            "{\"scheduledTime\":1765132200}                         | not a string",
            "{\"scheduledTime\":null}                               | not a string",
    })
    void aScheduledTimeThatIsNoInstantIsRefused(String event, String problem) throws Exception {
        RefusedEvent refused = Refusals.refusedAs(RetentionEvents::decode, event, "EVENT_MALFORMED");
        assertThat(refused.getMessage()).contains(problem, "it accepts one of: (1) the schedule's");
    }

    /** 01:30 WIB is still the previous day in UTC: the day is Jakarta's. */
    @ParameterizedTest(name = "scheduled {0}, run at {1} → {2}")
    @CsvSource({
            "2026-12-07T18:30:00Z, 2026-12-07T18:30:04Z, 2026-12-08",
            "2026-12-07T18:30:00Z, 2026-12-09T02:00:00Z, 2026-12-08",
            "2026-12-20T18:30:00Z, 2026-12-07T18:30:04Z, 2026-12-08",
            ",                     2026-12-07T16:59:59Z, 2026-12-07",
            ",                     2026-12-07T17:00:00Z, 2026-12-08",
    })
    void theDayIsTheScheduledOneInJakartaButNeverLaterThanToday(String scheduled, String now, String day) {
        RetentionRun run = new RetentionRun(scheduled == null ? null : Instant.parse(scheduled));
        assertThat(run.day(Instant.parse(now), Jakarta.ZONE)).hasToString(day);
    }
}
