package id.pekalongan.batikberlian.functions.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.functions.lambda.EventShape;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import java.util.List;
import java.util.Set;

/** IngestUpload's door: one event in, the {@link IngestRequest} it stands for, or a refusal. */
public final class IngestEvents {

    static final String FUNCTION = "IngestUpload";
    static final List<String> ACCEPTED = List.of(
            "an S3 ObjectCreated event {\"Records\":[…]} with at least one record",
            "{\"" + Continuation.FIELD + "\":{\"bucket\":…,\"key\":…,\"uploadId\":…,\"hop\":N}}, which it sends"
                    + " itself");

    private static final PojoSerializer<S3Event> S3 = LambdaEventSerializers.serializerFor(S3Event.class,
            IngestEvents.class.getClassLoader());

    private IngestEvents() {
    }

    public static IngestRequest decode(JsonNode event) {
        if (EventShape.hasOnly(event, "Records")) {
            return notification(event);
        }
        if (EventShape.hasOnly(event, Continuation.FIELD)) {
            return continuation(event.get(Continuation.FIELD));
        }
        throw RefusedEvent.unknownShape(FUNCTION, ACCEPTED, event);
    }

    private static UploadNotification notification(JsonNode event) {
        JsonNode records = event.get("Records");
        if (!records.isArray() || records.isEmpty()) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "an S3 event with no records");
        }
        for (JsonNode record : records) {
            JsonNode s3 = record.path("s3");
            if (!s3.path("bucket").path("name").isTextual() || !s3.path("object").path("key").isTextual()) {
                throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "an S3 record without s3.bucket.name and"
                        + " s3.object.key");
            }
        }
        try {
            return new UploadNotification(S3.fromJson(event.toString()));
        } catch (RuntimeException e) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "the records are not S3 event records");
        }
    }

    private static Continuation continuation(JsonNode body) {
        if (!body.isObject() || !EventShape.keysWithin(body, Set.of("bucket", "key", "uploadId", "hop"))) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, Continuation.FIELD
                    + " takes an object of bucket, key, uploadId and hop");
        }
        JsonNode hop = body.path("hop");
        if (!text(body, "bucket") || !text(body, "key") || !text(body, "uploadId") || !hop.canConvertToInt()
                || !hop.isIntegralNumber() || hop.intValue() < 1) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, Continuation.FIELD
                    + " needs bucket, key and uploadId as text and a hop of 1 or more");
        }
        return new Continuation(body.get("bucket").asText(), body.get("key").asText(),
                body.get("uploadId").asText(), hop.intValue());
    }

    private static boolean text(JsonNode body, String field) {
        return body.path(field).isTextual() && !body.path(field).asText().isBlank();
    }
}
