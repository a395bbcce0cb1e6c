package id.pekalongan.batikberlian.local;

import static id.pekalongan.batikberlian.local.LocalStackProcess.number;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file longer than IngestUpload's (shortened) timeout, put with the AWS CLI: each invocation that runs low on time
 * starts the next through the Invoke API on the Lambda port, and the last one finishes the file with every row
 * stored once and no failed invocation.
 */
class LongUploadContinuationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "batik-berlian-uploads-000000000000";
    /** Two checkpoints' worth and a bit: three invocations, since each passes one checkpoint more than the last. */
    private static final int ROWS = 10_300;

    @TempDir
    Path temp;

    @Test
    void aLongFileCarriesOnInFreshInvocationsUntilEveryRowIsStoredOnce() throws Exception {
        // 61 s leaves less than the 60 s reserve after the first second: time runs low at every checkpoint.
        try (LocalStackProcess stack = LocalStackProcess.start(temp.resolve("data"), "--no-sample-data",
                "--timeout", "IngestUpload=61")) {
            Path file = temp.resolve("daftar panjang.csv");
            StringBuilder csv = new StringBuilder("NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n");
            for (int i = 0; i < ROWS; i++) {
                LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(i);
                csv.append(String.format("337502%02d%02d%02d0021,Pekerja %d,%02d/%02d/%d,L,Tukang becak%n",
                        birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, i,
                        birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()));
            }
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            stack.aws(stack.s3Port, "s3", "cp", file.toString(),
                    "s3://" + BUCKET + "/incoming/Kauman/daftar panjang.csv").ok();

            JsonNode upload = stack.awaitOnlyUploadFinished();
            assertThat(upload.path("status").path("S").asText()).as(stack.output()).isEqualTo("COMPLETED");
            assertThat(number(upload, "rowsIn")).isEqualTo(ROWS);
            assertThat(number(upload, "accepted") + number(upload, "rejected")).isEqualTo(ROWS);
            assertThat(number(upload, "added")).isEqualTo(ROWS);
            assertThat(number(upload, "hop")).as("continuations").isEqualTo(2);
            JsonNode count = JSON.readTree(stack.aws(stack.dynamoPort, "dynamodb", "scan", "--table-name",
                    "batik-berlian-applicants", "--select", "COUNT").ok().out());
            assertThat(count.path("Count").asInt()).isEqualTo(ROWS);
            assertThat(stack.output()).contains("event=\"upload_continuing\"")
                    .doesNotContain("\"event\":\"function_error\"");
            try (Stream<Path> failed = Files.exists(temp.resolve("data/failed-events"))
                    ? Files.list(temp.resolve("data/failed-events")) : Stream.empty()) {
                assertThat(failed).as("failed events").isEmpty();
            }
        }
    }
}
