package id.pekalongan.batikberlian.functions.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.emulators.LambdaContext;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A file longer than one invocation can take, through the function as Lambda calls it: when the time runs low it
 * stores a checkpoint, asks for a fresh invocation of itself with a continuation event and returns normally; the
 * continuation finishes the file. Every row is stored and reported exactly once, however often the events come.
 */
class SelfContinuationTest {

    private static final String FUNCTION = "batik-berlian-IngestUpload";
    private static final String KAUMAN = "33.75.02.1004";
    private static final int DAMAGED_EVERY = 100;
    /** Rows between checkpoints here: a few hundred rows make a "long" file, and the tests stay quick. */
    private static final int CHECKPOINT = 250;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalAws aws = LocalAws.get();
    private final RecordingSelfInvoker invoker = new RecordingSelfInvoker();
    private UploadStore uploads;
    private ApplicantStore applicants;
    private IngestUploadFunction function;

    @BeforeEach
    void setUp() {
        aws.resetTables();
        uploads = FunctionsApp.bean(UploadStore.class);
        applicants = FunctionsApp.bean(ApplicantStore.class);
        function = new IngestUploadFunction(ingestor(UploadIngestor.DEFAULT_MAX_HOPS), invoker, (String) null);
    }

    private UploadIngestor ingestor(int maxHops) {
        return new UploadIngestor(FunctionsApp.bean(S3Client.class), uploads, applicants,
                FunctionsApp.bean(ProgrammeConfigStore.class), Clock.systemUTC(), maxHops, CHECKPOINT);
    }

    @Test
    void aLongUploadContinuesInAFreshInvocationAndEveryRowIsStoredOnce() throws Exception {
        int rows = CHECKPOINT + 150;
        String key = put("incoming/Kauman/panjang (2).csv", rows);

        UploadOutcome first = deliver(s3Event(key, rows));
        assertThat(first.status()).isEqualTo(UploadIngestor.CONTINUING);
        assertThat(first.rowsIn()).isBetween((long) CHECKPOINT, (long) rows - 1)
                .isEqualTo(first.accepted() + first.rejected());
        assertThat(first.message()).contains("lanjutan ke-1");
        assertThat(invoker.requests()).hasSize(1);
        assertThat(invoker.requests().get(0).functionName()).isEqualTo(FUNCTION);
        JsonNode event = JSON.readTree(invoker.requests().get(0).event()).path("continueUpload");
        assertThat(event.path("bucket").asText()).isEqualTo(aws.bucket());
        assertThat(event.path("key").asText()).as("the real key, not form-encoded").isEqualTo(key);
        assertThat(event.path("uploadId").asText()).isEqualTo(first.uploadId());
        assertThat(event.path("hop").asInt()).isEqualTo(1);
        UploadRecord midway = uploads.find(first.uploadId()).orElseThrow();
        assertThat(midway.status()).isEqualTo(UploadRecord.PROCESSING);
        assertThat(midway.hop()).isEqualTo(1);
        assertThat(midway.rowsCheckpointed()).isEqualTo(first.rowsIn());
        assertThat(stored()).isEqualTo(first.accepted());

        UploadOutcome repeatedS3 = deliver(s3Event(key, rows));
        assertThat(repeatedS3.status()).as("the S3 event again, while the continuation owns the file")
                .isEqualTo(UploadIngestor.IN_PROGRESS);
        assertThat(stored()).isEqualTo(first.accepted());

        UploadOutcome done = deliver(invoker.requests().get(0).event());
        assertFinishedExactlyOnce(done, rows);
        assertThat(invoker.requests()).as("no further hop for the rest of the file").hasSize(1);

        UploadOutcome again = deliver(invoker.requests().get(0).event());
        assertThat(again.status()).isEqualTo("ALREADY_PROCESSED");
        assertThat(again.added()).isZero();
        assertThat(deliver(s3Event(key, rows)).status()).isEqualTo("ALREADY_PROCESSED");
        assertThat(stored()).isEqualTo(done.accepted());
        assertThat(invoker.requests()).hasSize(1);
    }

    @Test
    void aContinuationDeliveredWhileItsTwinRunsDoesNothing() {
        int rows = CHECKPOINT + 100;
        String key = put("incoming/Kauman/kembar.csv", rows);
        UploadOutcome first = deliver(s3Event(key, rows));
        String continuation = invoker.requests().get(0).event();
        // The first delivery holds the hop until its deadline.
        Instant now = Instant.now();
        assertThat(uploads.claimHop(first.uploadId(), 1, now, now.plusSeconds(600))).isTrue();

        UploadOutcome twin = deliver(continuation);
        assertThat(twin.status()).isEqualTo(UploadIngestor.IN_PROGRESS);
        assertThat(twin.rowsIn()).isZero();
        assertThat(stored()).isEqualTo(first.accepted());
        assertThat(uploads.find(first.uploadId()).orElseThrow().status()).isEqualTo(UploadRecord.PROCESSING);
        assertThat(invoker.requests()).hasSize(1);
    }

    @Test
    void aContinuationDeliveredTwiceAtOnceIsCarriedOutOnce() {
        int rows = CHECKPOINT + 200;
        String key = put("incoming/Kauman/dua-kali.csv", rows);
        deliver(s3Event(key, rows));
        String continuation = invoker.requests().get(0).event();

        CompletableFuture<UploadOutcome> a = CompletableFuture.supplyAsync(() -> deliver(continuation));
        CompletableFuture<UploadOutcome> b = CompletableFuture.supplyAsync(() -> deliver(continuation));
        List<UploadOutcome> outcomes = List.of(a.join(), b.join());

        List<String> statuses = outcomes.stream().map(UploadOutcome::status).sorted().toList();
        assertThat(statuses).containsOnlyOnce("COMPLETED");
        assertThat(statuses).containsAnyOf(UploadIngestor.IN_PROGRESS, "ALREADY_PROCESSED");
        UploadOutcome done = outcomes.stream().filter(o -> o.status().equals("COMPLETED")).findFirst().orElseThrow();
        assertFinishedExactlyOnce(done, rows);
        assertThat(invoker.requests()).hasSize(1);
    }

    @Test
    void whenNoFreshInvocationCanBeStartedTheRetryOfTheSameEventFinishesTheFile() {
        int rows = CHECKPOINT + 150;
        String key = put("incoming/Kauman/tersendat.csv", rows);
        invoker.refuse();

        String event = s3Event(key, rows);
        assertThatThrownBy(() -> deliver(event)).isInstanceOf(ContinuationNeeded.class)
                .hasMessageContaining("no fresh invocation could be started")
                .hasRootCauseMessage("TooManyRequestsException: Rate exceeded");
        String uploadId = uploads.findAll().get(0);
        UploadRecord midway = uploads.find(uploadId).orElseThrow();
        assertThat(midway.hop()).as("the hop is taken back for the retry").isZero();
        assertThat(midway.rowsCheckpointed()).isBetween((long) CHECKPOINT, (long) rows - 1);

        // Lambda's asynchronous retry: the same S3 event, in a new invocation with its full time.
        UploadOutcome done = function.apply(AwsEvents.message(event)).uploads().get(0);
        assertFinishedExactlyOnce(done, rows);
    }

    @Test
    void theHopLimitEndsARunawayFileFailedWithAReportOfTheRowsDone() throws Exception {
        function = new IngestUploadFunction(ingestor(1), invoker, (String) null);
        int rows = 4 * CHECKPOINT;
        String key = put("incoming/Kauman/tak-berujung.csv", rows);

        assertThat(deliver(s3Event(key, rows)).status()).isEqualTo(UploadIngestor.CONTINUING);
        UploadOutcome failed = deliver(invoker.requests().get(0).event());

        assertThat(failed.status()).isEqualTo(UploadRecord.FAILED);
        assertThat(failed.message()).startsWith("CONTINUATION_LIMIT:").contains("1 kali");
        assertThat(failed.rowsIn()).isBetween(2L * CHECKPOINT, (long) rows - 1)
                .isEqualTo(failed.accepted() + failed.rejected());
        assertThat(invoker.requests()).as("no hop past the limit").hasSize(1);
        Map<String, ?> item = uploads.findItem(failed.uploadId()).orElseThrow();
        assertThat(uploads.find(failed.uploadId()).orElseThrow().status()).isEqualTo(UploadRecord.FAILED);
        assertThat(item.get("message").toString()).contains("CONTINUATION_LIMIT");
        JsonNode summary = JSON.readTree(aws.s3().getObjectAsBytes(b -> b.bucket(aws.bucket())
                .key("reports/" + failed.uploadId() + ".json")).asByteArray());
        assertThat(summary.path("status").asText()).isEqualTo("FAILED");
        assertThat(summary.path("rowsIn").asLong()).isEqualTo(failed.rowsIn());
        assertThat(reportRowNumbers(failed)).hasSize((int) failed.rowsIn()).doesNotHaveDuplicates();
        assertThat(stored()).isEqualTo(failed.accepted());

        assertThat(deliver(s3Event(key, rows)).status()).as("the same bytes again").isEqualTo("ALREADY_PROCESSED");
        assertThat(invoker.requests()).hasSize(1);
    }

    private void assertFinishedExactlyOnce(UploadOutcome done, int rows) {
        int damaged = (rows + DAMAGED_EVERY - 1) / DAMAGED_EVERY;
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.rowsIn()).isEqualTo(rows).isEqualTo(done.accepted() + done.rejected());
        assertThat(done.rejected()).isEqualTo(damaged);
        assertThat(done.countsByReason()).containsEntry("NIK_DAMAGED", (long) damaged)
                .containsEntry("ADDED", (long) rows - damaged);
        assertThat(done.added()).as("rows stored by earlier hops count as added by this upload")
                .isEqualTo(done.accepted());
        assertThat(stored()).isEqualTo(done.accepted());
        assertThat(reportRowNumbers(done)).hasSize(rows).doesNotHaveDuplicates();
        UploadRecord record = uploads.find(done.uploadId()).orElseThrow();
        assertThat(record.status()).isEqualTo(UploadRecord.COMPLETED);
        assertThat(record.rowsIn()).isEqualTo(rows);
    }

    /** A CSV with one damaged NIK every {@value #DAMAGED_EVERY} rows; the rest are distinct, well-formed NIKs. */
    private String put(String key, int rows) {
        StringBuilder csv = new StringBuilder("NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n");
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(i);
            String nik = i % DAMAGED_EVERY == 0 ? "3.37501E+15" : String.format("337502%02d%02d%02d%04d",
                    birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, 11);
            csv.append(nik).append(",Pekerja ").append(i).append(',')
                    .append(String.format("%02d/%02d/%d", birth.getDayOfMonth(), birth.getMonthValue(),
                            birth.getYear())).append(",L,Tukang becak\n");
        }
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(csv.toString()));
        return key;
    }

    private String s3Event(String key, int rows) {
        return AwsEvents.s3ObjectCreatedJson(aws.bucket(), key, rows);
    }

    /** One invocation with 30 s left: below the reserve, so the time is low at every checkpoint. */
    private UploadOutcome deliver(String event) {
        LambdaContext context = new LambdaContext(UUID.randomUUID().toString(), FUNCTION, 2048,
                System.currentTimeMillis() + 30_000);
        Message<JsonNode> message = MessageBuilder.fromMessage(AwsEvents.message(event))
                .setHeader(IngestUploadFunction.AWS_CONTEXT, context).build();
        IngestUploadResult result = function.apply(message);
        assertThat(result.uploads()).hasSize(1);
        return result.uploads().get(0);
    }

    private long stored() {
        return applicants.byKelurahan(KAUMAN, null).count();
    }

    private List<String> reportRowNumbers(UploadOutcome o) {
        String csv = aws.s3().getObjectAsBytes(b -> b.bucket(aws.bucket()).key(o.reportKey()))
                .asString(StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toList());
    }
}
