package id.pekalongan.batikberlian.functions.ingest;

import java.util.Map;

/**
 * What became of one uploaded object. {@code status}: COMPLETED, REJECTED (the file as a whole), ALREADY_PROCESSED
 * (the same bytes came before), PREFLIGHT (checked, nothing stored), CONTINUING (time ran low: the rows so far are
 * stored and a fresh invocation carries on), IN_PROGRESS (another invocation holds the file; nothing done), FAILED
 * (continued more often than allowed, or the object was replaced midway). Always {@code rowsIn = accepted +
 * rejected}.
 */
public record UploadOutcome(String uploadId, String bucket, String key, String kelurahanCode, String status,
                            long rowsIn, long accepted, long rejected, long added, Map<String, Long> countsByReason,
                            String reportKey, String message) {
}
