package id.pekalongan.batikberlian.functions.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each door as Lambda runs it ({@code FunctionInvoker}, raw bytes): one JSON object of a shape the function does not
 * take is refused as a function error whose message lists the shapes it does take. In particular the events that
 * moved — the retention job's, which ValidateEligibility used to take — are refused by the doors they left.
 */
class EventDoorsTest {

    @ParameterizedTest(name = "{0} given {1}")
    @CsvSource(delimiter = '|', value = {
            "ValidateEligibility | {\"retention\":{}}                 | EVENT_UNKNOWN_SHAPE | {\"reevaluate\":",
            "ValidateEligibility | {\"scheduledTime\":\"2026-12-07T18:30:00Z\"} | EVENT_UNKNOWN_SHAPE | (1) a DynamoDB",
            "ValidateEligibility | {\"reevaluate\":{\"kelurahn\":\"x\"}} | EVENT_MALFORMED | {\"reevaluate\":",
            "IngestUpload | {\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"} | EVENT_UNKNOWN_SHAPE | (2) {",
            "IngestUpload | {\"continueUpload\":{}} | EVENT_MALFORMED | an S3 ObjectCreated event",
            "IngestUpload | {\"Records\":[]}        | EVENT_MALFORMED | continueUpload",
            "RedactExpiredRefusals | {\"retention\":{}} | EVENT_UNKNOWN_SHAPE | {\"scheduledTime\":",
            "RedactExpiredRefusals | {\"Records\":[]}   | EVENT_UNKNOWN_SHAPE | {} to redact as of now",
    })
    void anEventOfAnotherShapeIsRefusedWithTheAcceptedOnes(String function, String event, String code,
                                                           String listed) {
        Throwable refused = root(catchThrowable(() -> InvokerHarness.invoke(function, event)));
        assertThat(refused).as("%s refuses %s", function, event).isInstanceOf(RefusedEvent.class);
        assertThat(((RefusedEvent) refused).code()).isEqualTo(code);
        assertThat(refused.getMessage()).startsWith(code + ": " + function).contains(listed);
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
