package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The one Jackson mapper and small helpers for reading requests in wire form. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static {
        // Items may be 400 KB and requests 16 MB; Jackson's default string limit (20 MB) suffices, but a
        // number-length limit of 1000 would refuse nothing DynamoDB accepts either, so the defaults stay.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(64 * 1024 * 1024).build());
        MAPPER.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);
    }

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ObjectNode parse(byte[] body) {
        if (body.length == 0) {
            return object();
        }
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || n.isMissingNode() || n.isNull()) {
                return object();
            }
            if (!n.isObject()) {
                throw new DynamoDbException(DynamoDbException.SERIALIZATION, 400, "Start of structure or map found where not expected");
            }
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new DynamoDbException(DynamoDbException.SERIALIZATION, 400, "Unable to parse the request: " + e.getMessage());
        }
    }

    static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A string member, or null when absent or JSON null. */
    static String text(JsonNode req, String field) {
        JsonNode v = req.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String requiredText(JsonNode req, String field) {
        String s = text(req, field);
        if (s == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '"
                    + Character.toLowerCase(field.charAt(0)) + field.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return s;
    }

    /** An object member, or null when absent or JSON null. */
    static ObjectNode obj(JsonNode req, String field) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new DynamoDbException(DynamoDbException.SERIALIZATION, 400, "Unexpected value for " + field);
        }
        return (ObjectNode) v;
    }

    static ArrayNode arr(JsonNode req, String field) {
        JsonNode v = req.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw new DynamoDbException(DynamoDbException.SERIALIZATION, 400, "Unexpected value for " + field);
        }
        return (ArrayNode) v;
    }

    static boolean bool(JsonNode req, String field) {
        JsonNode v = req.get(field);
        return v != null && v.asBoolean(false);
    }
}
