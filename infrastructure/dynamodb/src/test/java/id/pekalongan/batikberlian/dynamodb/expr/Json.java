package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers: JSON from text, and DynamoDB's errors as their message. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode node(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static ObjectNode obj(String json) {
        return json == null ? null : (ObjectNode) node(json);
    }

    static String validationMessage(Executable call) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call);
        assertEquals(DynamoDbException.VALIDATION, e.type(), e.getMessage());
        return e.getMessage();
    }
}
