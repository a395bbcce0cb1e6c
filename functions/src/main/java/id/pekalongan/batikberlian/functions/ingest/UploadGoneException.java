package id.pekalongan.batikberlian.functions.ingest;

/**
 * The object named by the event is no longer in the bucket (deleted or replaced before it was read). Nothing has
 * been written yet; the delivery fails so that it is retried, and kept as a failed event if the object stays gone.
 */
public final class UploadGoneException extends RuntimeException {

    public UploadGoneException(String bucket, String key) {
        super("the object s3://" + bucket + "/" + key + " is gone before it could be read; nothing was stored");
    }
}
