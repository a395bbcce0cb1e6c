package id.pekalongan.batikberlian.local;

import static id.pekalongan.batikberlian.local.LocalStackProcess.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack killed with SIGKILL while IngestUpload is past its first checkpoint, then started again on the same
 * data directory: the pending asynchronous invocation was kept on disk, as Lambda keeps its queue, so the upload
 * carries on from its checkpoint and finishes with every row stored once — without anyone uploading again.
 */
class CrashResumeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "batik-berlian-uploads-000000000000";
    private static final int ROWS = 30_000;

    @TempDir
    Path temp;

    @Test
    void anUploadKilledMidFileFinishesAfterTheRestart() throws Exception {
        Path data = temp.resolve("data");
        Path file = temp.resolve("daftar besar.csv");
        StringBuilder csv = new StringBuilder("NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n");
        for (int i = 0; i < ROWS; i++) {
            LocalDate birth = LocalDate.of(1962, 1, 1).plusDays(i % 10_000);
            csv.append(String.format("337502%02d%02d%02d%04d,Pekerja %d,%02d/%02d/%d,L,Tukang becak%n",
                    birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, 31 + i / 10_000, i,
                    birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        long checkpointAtKill;
        try (LocalStackProcess first = LocalStackProcess.start(data, "--no-sample-data")) {
            first.aws(first.s3Port, "s3", "cp", file.toString(),
                    "s3://" + BUCKET + "/incoming/Kauman/daftar besar.csv").ok();
            checkpointAtKill = awaitCheckpoint(first);
            first.process.destroyForcibly().waitFor();
        }
        assertThat(checkpointAtKill).as("killed past the first checkpoint, before the end").isBetween(1L, ROWS - 1L);

        try (LocalStackProcess second = LocalStackProcess.start(data, "--no-sample-data")) {
            JsonNode upload = second.awaitOnlyUploadFinished();
            assertThat(upload.path("status").path("S").asText()).as(second.output()).isEqualTo("COMPLETED");
            assertThat(number(upload, "rowsIn")).isEqualTo(ROWS);
            assertThat(number(upload, "accepted") + number(upload, "rejected")).isEqualTo(ROWS);
            JsonNode count = JSON.readTree(second.aws(second.dynamoPort, "dynamodb", "scan", "--table-name",
                    "batik-berlian-applicants", "--select", "COUNT").ok().out());
            assertThat(count.path("Count").asInt()).as("every row stored once").isEqualTo(ROWS);
            assertThat(second.output()).contains("\"event\":\"async_queue_resumed\"");
            try (var left = Files.list(data.resolve(AsyncInvoker.QUEUE_DIR))) {
                assertThat(left).as("the queue is empty once the upload is done").isEmpty();
            }
        }
    }

    private static long awaitCheckpoint(LocalStackProcess stack) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode items = JSON.readTree(stack.aws(stack.dynamoPort, "dynamodb", "scan", "--table-name",
                    "batik-berlian-uploads").ok().out()).path("Items");
            if (items.size() == 1) {
                long done = number(items.get(0), "rowsCheckpointed");
                if (done > 0) {
                    return "PROCESSING".equals(items.get(0).path("status").path("S").asText()) ? done : ROWS;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no checkpoint within 3 minutes:\n" + stack.output());
    }
}
