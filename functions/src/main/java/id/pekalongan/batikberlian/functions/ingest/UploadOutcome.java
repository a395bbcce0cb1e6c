package id.pekalongan.batikberlian.functions.ingest;

/** What became of one uploaded object; {@code status} is a stable word the report and the API show. */
public record UploadOutcome(String uploadId, String bucket, String key, String status, long sizeBytes, String message) {
}
