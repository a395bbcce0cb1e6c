package id.pekalongan.batikberlian.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A few kelurahan files of fictitious workers, put into {@code incoming/} as a clerk's upload would be, so that a
 * newcomer sees the whole flow — ingestion, decisions, reports — at the first start.
 */
final class SampleData {

    static final List<String> FILES = List.of(
            "incoming/Sapuro Kebulen/daftar pekerja rentan 2024.csv",
            "incoming/33.75.02.1004/kauman-tahap-2.csv",
            "incoming/Panjang Wetan/data pekerja (revisi).csv");

    private final S3Client s3;
    private final String bucket;

    SampleData(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** @return whether the files were loaded (false when the bucket already had uploads) */
    boolean loadIfEmpty() {
        boolean empty = s3.listObjectsV2(b -> b.bucket(bucket).prefix("incoming/").maxKeys(1)).contents().isEmpty();
        if (!empty) {
            return false;
        }
        for (String key : FILES) {
            String resource = "sample-data/" + key.substring(key.lastIndexOf('/') + 1);
            try (InputStream in = SampleData.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("sample file missing from the jar: " + resource);
                }
                byte[] bytes = in.readAllBytes();
                s3.putObject(b -> b.bucket(bucket).key(key).contentType("text/csv"), RequestBody.fromBytes(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }
}
