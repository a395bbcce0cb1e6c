package id.pekalongan.batikberlian.functions.retention;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.functions.lambda.EventShape;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** RedactExpiredRefusals' door: one event in, the {@link RetentionRun} it stands for, or a refusal. */
public final class RetentionEvents {

    static final String FUNCTION = "RedactExpiredRefusals";
    static final List<String> ACCEPTED = List.of(
            "the schedule's {\"scheduledTime\":\"2026-12-07T18:30:00Z\"}",
            "{} to redact as of now");

    private RetentionEvents() {
    }

    public static RetentionRun decode(JsonNode event) {
        if (event != null && event.isObject() && event.isEmpty()) {
            return new RetentionRun(null);
        }
        if (!EventShape.hasOnly(event, "scheduledTime")) {
            throw RefusedEvent.unknownShape(FUNCTION, ACCEPTED, event);
        }
        JsonNode time = event.get("scheduledTime");
        if (!time.isTextual()) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "scheduledTime is not a string");
        }
        try {
            return new RetentionRun(Instant.parse(time.asText()));
        } catch (DateTimeParseException e) {
            throw RefusedEvent.malformed(FUNCTION, ACCEPTED, "scheduledTime is not an ISO-8601 instant");
        }
    }
}
