package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.ingest.IngestUploadFunction;
import id.pekalongan.batikberlian.functions.ingest.IngestUploadResult;
import id.pekalongan.batikberlian.functions.ingest.SelfInvoker;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * POST /uploads/{id}/resume: a stalled upload (no progress for longer than any invocation lives) is started again
 * from its checkpoint in a fresh IngestUpload invocation, and that invocation finishes it; a running, finished or
 * just-resumed upload is left alone.
 */
class ResumeUploadRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2026-12-07T01:00:00Z");

    /** What the route asked Lambda to run, or a refusal when {@link #refusing}. */
    static final class Invocations implements SelfInvoker {
        final List<String> events = new CopyOnWriteArrayList<>();
        volatile boolean refusing;

        @Override
        public void invokeAsync(String functionName, String event) {
            assertThat(functionName).isEqualTo("batik-berlian-IngestUpload");
            if (refusing) {
                throw new IllegalStateException("TooManyRequestsException");
            }
            events.add(event);
        }
    }

    @Test
    void aStalledUploadIsResumedOnceAndItsInvocationFinishesIt() throws Exception {
        LocalAws aws = LocalAws.get();
        String key = "incoming/Kauman/macet-" + System.nanoTime() + ".csv";
        String csv = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n" + Niks.male(LocalDate.of(1981, 4, 4))
                + ",Warsono,04/04/1981,L,Tukang becak\n";
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(csv));
        String id = sha256(csv);
        UploadStore uploads = FunctionsApp.bean(UploadStore.class);
        // An invocation that recorded the file and then died before its first checkpoint.
        uploads.start(id, aws.bucket(), key, "33.75.02.1004", RECEIVED);
        Invocations lambda = new Invocations();

        ApiError early = catchThrowableOfType(() -> route(lambda, RECEIVED.plus(Duration.ofMinutes(5)))
                .handle(request(id, "[staff]")), ApiError.class);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("UPLOAD_STILL_RUNNING");
        assertThat(early.getMessage()).contains("pukul 08.16 WIB");

        lambda.refusing = true;
        Instant later = RECEIVED.plus(Duration.ofMinutes(20));
        ApiError unavailable = catchThrowableOfType(() -> route(lambda, later).handle(request(id, "[staff]")),
                ApiError.class);
        assertThat(unavailable.status()).isEqualTo(503);

        lambda.refusing = false;
        ApiResponse resumed = route(lambda, later).handle(request(id, "[staff]"));
        assertThat(resumed.status()).isEqualTo(202);
        assertThat(JSON.readTree(resumed.body()).path("status").asText()).isEqualTo("RESUMING");
        ApiError twice = catchThrowableOfType(() -> route(lambda, later.plusSeconds(1))
                .handle(request(id, "[staff]")), ApiError.class);
        assertThat(twice.status()).as("a double click resumes once").isEqualTo(409);
        assertThat(lambda.events).hasSize(1);

        // The invocation the route started, run as Lambda would run it.
        JsonNode event = JSON.readTree(lambda.events.get(0));
        assertThat(event.path("Records").get(0).path("s3").path("bucket").path("name").asText())
                .isEqualTo(aws.bucket());
        IngestUploadResult result = FunctionsApp.bean(IngestUploadFunction.class)
                .apply(AwsEvents.message(lambda.events.get(0)));
        assertThat(result.uploads().get(0).status()).isEqualTo(UploadRecord.COMPLETED);
        assertThat(uploads.find(id).orElseThrow().accepted()).isEqualTo(1);

        ApiError done = catchThrowableOfType(() -> route(lambda, later.plus(Duration.ofHours(1)))
                .handle(request(id, "[staff]")), ApiError.class);
        assertThat(done.code()).isEqualTo("UPLOAD_NOT_STALLED");
    }

    @Test
    void onlyCityStaffMayResume() {
        String id = "a".repeat(64);
        Invocations lambda = new Invocations();
        assertThat(catchThrowableOfType(() -> route(lambda, RECEIVED).handle(request(id, null)), ApiError.class)
                .status()).isEqualTo(401);
        assertThat(catchThrowableOfType(() -> route(lambda, RECEIVED).handle(request(id, "[kelurahan]")),
                ApiError.class).status()).isEqualTo(403);
        assertThat(catchThrowableOfType(() -> route(lambda, RECEIVED).handle(request(id, "[staff]")),
                ApiError.class).code()).isEqualTo("UPLOAD_NOT_FOUND");
        assertThat(lambda.events).isEmpty();
    }

    private static ResumeUploadRoute route(SelfInvoker lambda, Instant now) {
        return new ResumeUploadRoute(FunctionsApp.bean(UploadStore.class), lambda, "batik-berlian-IngestUpload",
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static ApiRequest request(String id, String groups) {
        Map<String, String> claims = groups == null ? Map.of()
                : Map.of("cognito:groups", groups, "cognito:username", "petugas-kota");
        return new ApiRequest("POST /uploads/{id}/resume", "POST", "/uploads/" + id + "/resume", Map.of("id", id),
                Map.of(), Map.of(), null, claims, "req-1", "203.0.113.9");
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
