package id.pekalongan.batikberlian.functions.lambda;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.json.Json;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes Lambda delivers to one invocation, read as exactly one event: one JSON object, nothing before or after
 * it, no key given twice.
 *
 * <p>Why the functions read their own bytes: Spring Cloud Function's invoker, given a JSON array (as the whole
 * event, as an API Gateway body, or in an HTTP header named {@code payload}), calls the function once per element
 * and converts each element into the function's input type — so a public route's body could carry a forged
 * {@code APIGatewayV2HTTPEvent} with staff claims. Every function therefore takes the raw stream, and this class
 * is the only place an event is parsed.
 */
public final class OneEvent {

    private OneEvent() {
    }

    /** The event as a JSON object; {@link NotOneEvent} when the bytes are anything else. */
    public static ObjectNode read(InputStream in) {
        JsonNode node;
        try (InputStream bytes = in) {
            if (bytes == null) {
                throw new NotOneEvent("EVENT_EMPTY", "the invocation carried no event");
            }
            JsonParser parser = Json.EVENTS.createParser(bytes);
            node = Json.EVENTS.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw new NotOneEvent("EVENT_NOT_ONE_OBJECT", "more than one JSON value in the event");
            }
        } catch (JsonProcessingException e) {
            throw new NotOneEvent("EVENT_NOT_JSON", "the event is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new NotOneEvent("EVENT_UNREADABLE", "the event could not be read: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw new NotOneEvent("EVENT_EMPTY", "the invocation carried no event");
        }
        if (!node.isObject()) {
            throw new NotOneEvent("EVENT_NOT_ONE_OBJECT",
                    "one event is one JSON object; got " + node.getNodeType().name().toLowerCase());
        }
        return (ObjectNode) node;
    }

    /** An invocation whose bytes are not one event; its code is stable, its message names what was found. */
    public static final class NotOneEvent extends IllegalArgumentException {

        private final String code;

        NotOneEvent(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
