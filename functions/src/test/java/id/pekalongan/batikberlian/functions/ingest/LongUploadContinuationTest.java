package id.pekalongan.batikberlian.functions.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A file longer than one invocation can take: the run stops at a checkpoint when time runs low, and the next
 * delivery of the same event finishes it, counting what the first stored instead of writing it again.
 */
class LongUploadContinuationTest {

    @Test
    void aRunCutShortIsFinishedByTheNextDeliveryWithEveryRowCountedOnce() {
        LocalAws aws = LocalAws.get();
        aws.resetTables();
        int rows = UploadIngestor.CHECKPOINT_EVERY + 300;
        StringBuilder csv = new StringBuilder("NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n");
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i * 3L % 16_000);
            csv.append(Niks.male(birth)).append(",Pekerja ").append(i).append(',')
                    .append(String.format("%02d/%02d/%d", birth.getDayOfMonth(), birth.getMonthValue(),
                            birth.getYear())).append(",L,Tukang becak\n");
        }
        String key = "incoming/Kauman/panjang-sekali.csv";
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(csv.toString()));
        UploadIngestor ingestor = FunctionsApp.bean(UploadIngestor.class);

        assertThatThrownBy(() -> ingestor.ingest(aws.bucket(), key, () -> 1_000L))
                .isInstanceOf(ContinuationNeeded.class);
        UploadRecord midway = FunctionsApp.bean(UploadStore.class).find(
                FunctionsApp.bean(UploadStore.class).findAll().get(0)).orElseThrow();
        assertThat(midway.status()).isEqualTo(UploadRecord.PROCESSING);
        assertThat(midway.rowsCheckpointed()).isGreaterThanOrEqualTo(UploadIngestor.CHECKPOINT_EVERY).isLessThan(rows);
        long storedMidway = FunctionsApp.bean(ApplicantStore.class).byKelurahan("33.75.02.1004", null).count();
        assertThat(storedMidway).isEqualTo(midway.rowsCheckpointed());

        UploadOutcome done = ingestor.ingest(aws.bucket(), key, () -> Long.MAX_VALUE);
        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.rowsIn()).isEqualTo(rows);
        assertThat(done.accepted()).isEqualTo(rows);
        assertThat(done.added()).as("rows stored before the cut count as added by this upload").isEqualTo(rows);
        assertThat(FunctionsApp.bean(ApplicantStore.class).byKelurahan("33.75.02.1004", null).count())
                .isEqualTo(rows);
        assertThat(ingestor.ingest(aws.bucket(), key, () -> Long.MAX_VALUE).status())
                .isEqualTo("ALREADY_PROCESSED");
    }
}
