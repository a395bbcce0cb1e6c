package id.pekalongan.batikberlian.storage;

import java.time.Instant;
import java.util.Map;

/**
 * One uploaded file, keyed by the SHA-256 of its bytes. {@code status}: RECEIVED → PROCESSING → COMPLETED, or
 * REJECTED when the file as a whole could not be read.
 */
public record UploadRecord(String uploadId, String bucket, String objectKey, String kelurahanCode,
                           Instant receivedAt, String status, long rowsIn, long accepted, long rejected, long added,
                           long rowsCheckpointed, String reportKey, Map<String, Long> countsByReason) {

    public static final String RECEIVED = "RECEIVED";
    public static final String PROCESSING = "PROCESSING";
    public static final String COMPLETED = "COMPLETED";
    public static final String REJECTED = "REJECTED";

    public boolean finished() {
        return COMPLETED.equals(status) || REJECTED.equals(status);
    }
}
