package id.pekalongan.batikberlian.functions.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.json.Json;

/**
 * The event with which IngestUpload hands a long file on to a fresh invocation of itself (read by
 * {@link IngestEvents}, written by {@link #toEvent()}):
 * {@code {"continueUpload":{"bucket":…,"key":…,"uploadId":…,"hop":N}}}. The key is the object's real key (not
 * form-encoded as in S3 notifications); {@code hop} numbers the continuation, from 1.
 */
public record Continuation(String bucket, String key, String uploadId, int hop) implements IngestRequest {

    static final String FIELD = "continueUpload";
    public Continuation {
        if (bucket == null || bucket.isBlank() || key == null || key.isBlank() || uploadId == null
                || uploadId.isBlank() || hop < 1) {
            throw new IllegalArgumentException(
                    "continueUpload needs bucket, key, uploadId and a hop of 1 or more");
        }
    }

    public String toEvent() {
        ObjectNode event = Json.MAPPER.createObjectNode();
        ObjectNode c = event.putObject(FIELD);
        c.put("bucket", bucket);
        c.put("key", key);
        c.put("uploadId", uploadId);
        c.put("hop", hop);
        return event.toString();
    }
}
