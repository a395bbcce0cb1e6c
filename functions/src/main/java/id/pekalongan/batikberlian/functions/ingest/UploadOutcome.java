package id.pekalongan.batikberlian.functions.ingest;

import java.util.Map;

/**
 * What became of one uploaded object. {@code status}: COMPLETED, REJECTED (the file as a whole), ALREADY_PROCESSED
 * (the same bytes came before), PREFLIGHT (checked, nothing stored). Always {@code rowsIn = accepted + rejected}.
 */
public record UploadOutcome(String uploadId, String bucket, String key, String kelurahanCode, String status,
                            long rowsIn, long accepted, long rejected, long added, Map<String, Long> countsByReason,
                            String reportKey, String message) {
}
