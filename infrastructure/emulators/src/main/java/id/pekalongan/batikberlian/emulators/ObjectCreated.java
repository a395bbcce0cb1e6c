package id.pekalongan.batikberlian.emulators;

import java.time.Instant;

/** What S3 knows when an object has been created: the facts an {@code ObjectCreated:*} notification carries. */
public record ObjectCreated(String bucket, String key, long size, String eTag, String versionId, String eventName,
                            Instant time) {
}
