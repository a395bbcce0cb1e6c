package id.pekalongan.batikberlian.functions.eligibility;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.functions.lambda.EventShape;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import java.util.List;
import java.util.Set;

/** ValidateEligibility's door: one event in, the {@link EligibilityRequest} it stands for, or a refusal. */
public final class EligibilityEvents {

    static final String FUNCTION = "ValidateEligibility";
    static final List<String> ACCEPTED = List.of(
            "a DynamoDB stream event {\"Records\":[…]} from the applicants table",
            "{\"reevaluate\":{\"kelurahan\":\"33.75.01.1004\"}} to judge refusals again"
                    + " ({\"reevaluate\":{}} for every kelurahan)");

    private static final PojoSerializer<DynamodbEvent> STREAM = LambdaEventSerializers.serializerFor(
            DynamodbEvent.class, EligibilityEvents.class.getClassLoader());

    private EligibilityEvents() {
    }

    public static EligibilityRequest decode(JsonNode event) {
        if (EventShape.hasOnly(event, "Records")) {
            return pending(event);
        }
        if (EventShape.hasOnly(event, "reevaluate")) {
            return reevaluate(event.get("reevaluate"));
        }
        throw RefusedEvent.unknownShape(FUNCTION, ACCEPTED, event);
    }

    private static PendingApplicants pending(JsonNode event) {
        JsonNode records = event.get("Records");
        if (!records.isArray()) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "Records is not a list");
        }
        for (JsonNode record : records) {
            // Without its sequence number a record could not be named in the partial batch failure.
            if (!record.path("dynamodb").path("SequenceNumber").isTextual()) {
                throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "a stream record without dynamodb.SequenceNumber");
            }
        }
        try {
            return new PendingApplicants(STREAM.fromJson(event.toString()));
        } catch (RuntimeException e) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "the stream records are not DynamoDB stream records");
        }
    }

    private static ReevaluateRequest reevaluate(JsonNode body) {
        // A misspelt key must not widen the request: {"kelurahn":"…"} read leniently would reopen every kelurahan.
        if (!body.isObject() || !EventShape.keysWithin(body, Set.of("kelurahan"))) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "reevaluate takes an object with at most a kelurahan");
        }
        JsonNode kelurahan = body.path("kelurahan");
        if (kelurahan.isMissingNode() || kelurahan.isNull()) {
            return new ReevaluateRequest(null);
        }
        if (!kelurahan.isTextual()) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "reevaluate.kelurahan is not a string");
        }
        return new ReevaluateRequest(kelurahan.asText());
    }
}
