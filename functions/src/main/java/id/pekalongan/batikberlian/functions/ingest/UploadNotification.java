package id.pekalongan.batikberlian.functions.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;

/**
 * S3's {@code ObjectCreated} notification for {@code incoming/} or {@code preflight/}: {@code {"Records":[…]}}, at
 * least one record, each naming a bucket and a key; decoded with Lambda's own event serialization.
 */
public record UploadNotification(S3Event event) implements IngestRequest {

    public UploadNotification {
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
            throw new IllegalArgumentException("an S3 notification needs at least one record");
        }
    }
}
