package id.pekalongan.batikberlian.storage;

import java.time.Instant;
import java.util.Map;

/**
 * One uploaded file, keyed by the SHA-256 of its bytes. {@code status}: RECEIVED → PROCESSING → COMPLETED, or
 * REJECTED when the file as a whole could not be read, or FAILED when a long file was continued more often than
 * allowed. {@code hop} counts the continuations requested for a long file (0: the S3 event's own invocation).
 */
public record UploadRecord(String uploadId, String bucket, String objectKey, String kelurahanCode,
                           Instant receivedAt, String status, long rowsIn, long accepted, long rejected, long added,
                           long rowsCheckpointed, int hop, String reportKey, Map<String, Long> countsByReason) {

    public static final String RECEIVED = "RECEIVED";
    public static final String PROCESSING = "PROCESSING";
    public static final String COMPLETED = "COMPLETED";
    public static final String REJECTED = "REJECTED";
    public static final String FAILED = "FAILED";

    public boolean finished() {
        return COMPLETED.equals(status) || REJECTED.equals(status) || FAILED.equals(status);
    }
}
