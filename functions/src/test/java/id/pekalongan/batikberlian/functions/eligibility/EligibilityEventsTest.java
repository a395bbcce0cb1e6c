package id.pekalongan.batikberlian.functions.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.testing.Refusals;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ValidateEligibility's door, shape by shape: each accepted shape becomes its request, anything else is refused with
 * the list of what is accepted.
 */
class EligibilityEventsTest {

    private static final ObjectMapper JSON = Json.MAPPER;
    private static final String NIK = Niks.male(LocalDate.of(1980, 2, 2));

    /** One record as the applicants table's stream delivers it through the event source mapping. */
    static String streamRecord(String nik, String sequence) {
        return """
                {"eventID":"c81e728d9d4c2f636f067f89cc14862c","eventName":"INSERT","eventVersion":"1.1",
                 "eventSource":"aws:dynamodb","awsRegion":"ap-southeast-3",
                 "dynamodb":{"ApproximateCreationDateTime":1.733620201E9,"Keys":{"nik":{"S":"%s"}},
                  "NewImage":{"nik":{"S":"%s"},"status":{"S":"PENDING"},"kelurahanCode":{"S":"33.75.01.1004"}},
                  "SequenceNumber":"%s","SizeBytes":112,"StreamViewType":"NEW_AND_OLD_IMAGES"},
                 "eventSourceARN":"arn:aws:dynamodb:ap-southeast-3:000000000000:table/batik-berlian-applicants/stream/2026-12-01T00:00:00.000"}
                """.formatted(nik, nik, sequence);
    }

    static Stream<Arguments> acceptedShapes() {
        return Stream.of(
                Arguments.of("{\"Records\":[" + streamRecord(NIK, "4421584500000000017450439091") + "]}",
                        "stream [4421584500000000017450439091 " + NIK + "]"),
                Arguments.of("{\"Records\":[" + streamRecord(NIK, "100") + "," + streamRecord(NIK, "200") + "]}",
                        "stream [100 " + NIK + ", 200 " + NIK + "]"),
                Arguments.of("{\"Records\":[]}", "stream []"),
                Arguments.of("{\"reevaluate\":{\"kelurahan\":\"33.75.01.1004\"}}", "reevaluate 33.75.01.1004"),
                Arguments.of("{\"reevaluate\":{}}", "reevaluate everyone"),
                Arguments.of("{\"reevaluate\":{\"kelurahan\":null}}", "reevaluate everyone"),
                Arguments.of("{\"reevaluate\":{\"kelurahan\":\"  \"}}", "reevaluate everyone"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("acceptedShapes")
    void anAcceptedShapeBecomesItsRequest(String event, String expected) throws Exception {
        assertThat(summary(EligibilityEvents.decode(JSON.readTree(event)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"retention\":{}}                      | an object with keys [retention]",
            "{}                                      | an empty object",
            "{\"Records\":[],\"reevaluate\":{}}      | an object with keys [Records, reevaluate]",
            "{\"records\":[]}                        | an object with keys [records]",
            "{\"Records\":[],\"Source\":\"x\"}       | an object with keys [Records, Source]",
            "{\"scheduledTime\":\"2026-12-07T18:30:00Z\"} | an object with keys [scheduledTime]",
            "{\"3375011708750001\":{}}               | an object with keys [] and 1 more",
    })
    void anyOtherShapeIsRefusedNamingTheAcceptedOnes(String event, String described) throws Exception {
        RefusedEvent refused = Refusals.refusedAs(EligibilityEvents::decode, event, "EVENT_UNKNOWN_SHAPE");
        assertThat(refused.getMessage()).contains("ValidateEligibility accepts one of: (1) a DynamoDB stream event"
                        + " {\"Records\":[…]}", "(2) {\"reevaluate\":{\"kelurahan\":", "got " + described)
                .doesNotContain("3375011708750001");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"Records\":{}}                                  | Records is not a list",
            "{\"Records\":[{\"eventName\":\"INSERT\"}]}        | without dynamodb.SequenceNumber",
            "{\"Records\":[{\"dynamodb\":{\"SequenceNumber\":7}}]} | without dynamodb.SequenceNumber",
            "{\"reevaluate\":\"33.75.01.1004\"}                | at most a kelurahan",
            "{\"reevaluate\":null}                             | at most a kelurahan",
            "{\"reevaluate\":{\"kelurahn\":\"33.75.01.1004\"}} | at most a kelurahan",
            "{\"reevaluate\":{\"kelurahan\":3375011004}}       | kelurahan is not a string",
    })
    void aKnownShapeWithAWrongPartIsRefused(String event, String problem) throws Exception {
        RefusedEvent refused = Refusals.refusedAs(EligibilityEvents::decode, event, "EVENT_MALFORMED");
        assertThat(refused.getMessage()).contains(problem, "it accepts one of: (1) a DynamoDB stream event");
    }

    private static String summary(EligibilityRequest request) {
        if (request instanceof PendingApplicants pending) {
            return "stream " + pending.event().getRecords().stream().map(EligibilityEventsTest::record)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        ReevaluateRequest reevaluate = (ReevaluateRequest) request;
        return "reevaluate " + (reevaluate.kelurahan() == null ? "everyone" : reevaluate.kelurahan());
    }

    private static String record(DynamodbStreamRecord r) {
        return r.getDynamodb().getSequenceNumber() + " " + r.getDynamodb().getKeys().get("nik").getS();
    }
}
