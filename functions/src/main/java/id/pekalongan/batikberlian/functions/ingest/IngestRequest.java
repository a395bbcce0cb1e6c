package id.pekalongan.batikberlian.functions.ingest;

/**
 * What IngestUpload is asked to do, one type per shape its door accepts ({@link IngestEvents} tells them apart): read
 * the files S3 notified, or carry on with a file an earlier invocation handed on.
 */
public sealed interface IngestRequest permits UploadNotification, Continuation {
}
