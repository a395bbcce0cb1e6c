package id.pekalongan.batikberlian.functions.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.testing.Refusals;
import id.pekalongan.batikberlian.testing.AwsEvents;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IngestUpload's door, shape by shape: each accepted shape becomes its request, anything else is refused with the
 * list of what is accepted.
 */
class IngestEventsTest {

    private static final ObjectMapper JSON = Json.MAPPER;
    private static final String BUCKET = "batik-berlian-uploads-000000000000";

    static Stream<Arguments> acceptedShapes() {
        String one = AwsEvents.s3ObjectCreatedJson(BUCKET, "incoming/Kauman/daftar pekerja (1).csv", 120);
        String other = AwsEvents.s3ObjectCreatedJson(BUCKET, "preflight/Sapuro Kebulen/cek.xlsx", 4096);
        String two = one.substring(0, one.lastIndexOf(']')) + ","
                + other.substring(other.indexOf('[') + 1, other.lastIndexOf(']')) + "]}";
        return Stream.of(
                Arguments.of(one, "s3 [" + BUCKET + " incoming/Kauman/daftar pekerja (1).csv]"),
                Arguments.of(two, "s3 [" + BUCKET + " incoming/Kauman/daftar pekerja (1).csv, " + BUCKET
                        + " preflight/Sapuro Kebulen/cek.xlsx]"),
                Arguments.of(new Continuation(BUCKET, "incoming/Kauman/daftar pekerja (1).csv", "ab12", 3).toEvent(),
                        "continue " + BUCKET + " incoming/Kauman/daftar pekerja (1).csv ab12 3"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("acceptedShapes")
    void anAcceptedShapeBecomesItsRequest(String event, String expected) throws Exception {
        assertThat(summary(IngestEvents.decode(JSON.readTree(event)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                     | an empty object",
            "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}  | an object with keys [Service, Event]",
            "{\"Records\":[],\"continueUpload\":{}}                 | an object with keys [Records, continueUpload]",
            "{\"retention\":{}}                                     | an object with keys [retention]",
            "{\"key\":\"incoming/Kauman/x.csv\"}                    | an object with keys [key]",
    })
    void anyOtherShapeIsRefusedNamingTheAcceptedOnes(String event, String described) throws Exception {
        RefusedEvent refused = Refusals.refusedAs(IngestEvents::decode, event, "EVENT_UNKNOWN_SHAPE");
        assertThat(refused.getMessage()).contains("IngestUpload accepts one of: (1) an S3 ObjectCreated event",
                "(2) {\"continueUpload\":{\"bucket\":…,\"key\":…,\"uploadId\":…,\"hop\":N}}", "got " + described);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"Records\":[]}                                            | an S3 event with no records",
            "{\"Records\":{}}                                            | an S3 event with no records",
            "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\"}]}       | without s3.bucket.name and s3.object.key",
            "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{}}}]} | without s3.bucket.name",
            "{\"continueUpload\":\"incoming/Kauman/x.csv\"}               | takes an object of bucket",
            "{\"continueUpload\":{}}                                     | needs bucket, key and uploadId",
            "{\"continueUpload\":{\"bucket\":\"b\",\"key\":\"k\",\"uploadId\":\"u\",\"hop\":0}}   | a hop of 1",
            "{\"continueUpload\":{\"bucket\":\"b\",\"key\":\"k\",\"uploadId\":\"u\",\"hop\":\"2\"}} | a hop of 1",
            "{\"continueUpload\":{\"bucket\":\"b\",\"key\":\"k\",\"uploadId\":\"u\",\"hop\":1.5}} | a hop of 1",
            "{\"continueUpload\":{\"bucket\":\"b\",\"key\":\" \",\"uploadId\":\"u\",\"hop\":1}}  | as text",
            "{\"continueUpload\":{\"bucket\":\"b\",\"key\":\"k\",\"uploadId\":\"u\",\"hop\":1,\"row\":9}} | takes an",
    })
    void aKnownShapeWithAWrongPartIsRefused(String event, String problem) throws Exception {
        RefusedEvent refused = Refusals.refusedAs(IngestEvents::decode, event, "EVENT_MALFORMED");
        assertThat(refused.getMessage()).contains(problem, "it accepts one of: (1) an S3 ObjectCreated event");
    }

    private static String summary(IngestRequest request) {
        if (request instanceof UploadNotification notification) {
            return "s3 " + notification.event().getRecords().stream()
                    .map(r -> r.getS3().getBucket().getName() + " " + S3Keys.decode(r.getS3().getObject().getKey()))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        Continuation c = (Continuation) request;
        return "continue " + c.bucket() + " " + c.key() + " " + c.uploadId() + " " + c.hop();
    }
}
