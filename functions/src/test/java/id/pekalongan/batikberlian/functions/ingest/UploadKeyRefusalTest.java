package id.pekalongan.batikberlian.functions.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A file put anywhere but a kelurahan's folder (or the city-wide {@code kota} folder) is refused with an upload record
 * and a report that say why — stored with no kelurahan, no clerk would ever see it — and the same bytes put where
 * they belong are still ingested.
 */
class UploadKeyRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "incoming/Atlantis/x.csv                                | KEY_NOT_A_KELURAHAN",
            "incoming/x.csv                                         | KEY_NOT_A_KELURAHAN",
            "incoming/../incoming/Sapuro Kebulen/trav.csv           | KEY_INVALID",
            "incoming/Sapuro Kebulen/../../reports/x.csv            | KEY_INVALID",
            "incoming/Kauman//x.csv                                 | KEY_INVALID",
            "incoming/./Kauman/x.csv                                | KEY_INVALID",
            "incoming/Kedungwuni/x.csv                              | KEY_NOT_A_KELURAHAN",
    })
    void aKeyOutsideAKelurahanIsRefusedAndTheSameBytesStillWorkWhereTheyBelong(String key, String code)
            throws Exception {
        LocalAws aws = LocalAws.get();
        IngestUploadFunction function = FunctionsApp.bean(IngestUploadFunction.class);
        String csv = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n" + Niks.male(LocalDate.of(1980, 3, 3))
                + ",Darmo,03/03/1980,L,Tukang becak\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        UploadOutcome refused = ingest(aws, function, key, bytes);

        assertThat(refused.status()).isEqualTo(UploadRecord.REJECTED);
        assertThat(refused.countsByReason()).containsKey(code);
        assertThat(refused.rowsIn()).isZero();
        assertThat(refused.message()).startsWith(code);
        UploadRecord record = FunctionsApp.bean(UploadStore.class).find(refused.uploadId()).orElseThrow();
        assertThat(record.status()).isEqualTo(UploadRecord.REJECTED);
        JsonNode summary = JSON.readTree(aws.s3().getObjectAsBytes(b -> b.bucket(aws.bucket())
                .key("reports/" + refused.uploadId() + ".json")).asByteArray());
        assertThat(summary.toString()).contains(code);

        // The event again: the same refusal, nothing new.
        assertThat(ingest(aws, function, key, bytes).uploadId()).isEqualTo(refused.uploadId());

        UploadOutcome accepted = ingest(aws, function, "incoming/Kauman/" + System.nanoTime() + ".csv", bytes);
        assertThat(accepted.status()).isEqualTo(UploadRecord.COMPLETED);
        assertThat(accepted.accepted()).isEqualTo(1);
        assertThat(accepted.kelurahanCode()).isNotNull();
    }

    private static UploadOutcome ingest(LocalAws aws, IngestUploadFunction function, String key, byte[] bytes) {
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromBytes(bytes));
        IngestUploadResult result = function.apply(AwsEvents.s3ObjectCreatedMessage(aws.bucket(), key, bytes.length));
        assertThat(result.uploads()).hasSize(1);
        return result.uploads().get(0);
    }
}
