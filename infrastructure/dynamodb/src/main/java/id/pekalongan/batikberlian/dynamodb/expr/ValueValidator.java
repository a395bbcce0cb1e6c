package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.B;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.BOOL;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.BS;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.L;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.M;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.N;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.NS;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.NULL;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.S;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.SS;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.type;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.wrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks attribute values as a request carries them, with DynamoDB's messages, and canonicalises numbers. */
final class ValueValidator {

    private static final Set<String> TYPES = Set.of(S, N, B, SS, NS, BS, M, L, NULL, BOOL);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ValueValidator() {
    }

    static JsonNode validate(JsonNode value) {
        return validate(value, 1);
    }

    /** DynamoDB counts the attribute itself as level 1 and accepts values down to level 32. */
    private static final int MAX_DEPTH = 32;

    private static JsonNode validate(JsonNode value, int depth) {
        if (depth > MAX_DEPTH) {
            throw DynamoDbException.validation("Nesting Levels have exceeded supported limits: "
                    + "Attributes in the item have nested levels beyond supported limit");
        }
        if (value == null || !value.isObject() || value.isEmpty()) {
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (value.size() > 1) {
            throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, "
                    + "must contain exactly one of the supported datatypes");
        }
        String type = type(value);
        if (!TYPES.contains(type)) {
            // DynamoDB's deserialiser drops unknown members, so the value then reads as empty.
            throw DynamoDbException.validation(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        JsonNode body = value.get(type);
        switch (type) {
            case S:
                requireText(body, type);
                return value;
            case N: {
                requireText(body, type);
                String canonical = Numbers.canonical(Numbers.parse(body.asText()));
                return canonical.equals(body.asText()) ? value : wrap(N, JSON.textNode(canonical));
            }
            case B:
                requireText(body, type);
                decodeOrRefuse(body.asText());
                return value;
            case BOOL:
                if (!body.isBoolean()) {
                    throw serialization("BOOL");
                }
                return value;
            case NULL:
                if (!body.isBoolean()) {
                    throw serialization("NULL");
                }
                if (!body.asBoolean()) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: "
                            + "Null attribute value types must have the value of true");
                }
                return value;
            case SS:
            case NS:
            case BS:
                return wrap(type, validateSet(type, body));
            case L: {
                if (!body.isArray()) {
                    throw serialization(L);
                }
                ArrayNode list = JSON.arrayNode(body.size());
                for (JsonNode element : body) {
                    list.add(validate(element, depth + 1));
                }
                return wrap(L, list);
            }
            case M: {
                if (!body.isObject()) {
                    throw serialization(M);
                }
                ObjectNode map = JSON.objectNode();
                for (Map.Entry<String, JsonNode> field : body.properties()) {
                    map.set(field.getKey(), validate(field.getValue(), depth + 1));
                }
                return wrap(M, map);
            }
            default:
                throw new IllegalStateException(type);
        }
    }

    private static ArrayNode validateSet(String type, JsonNode body) {
        if (!body.isArray()) {
            throw serialization(type);
        }
        if (body.isEmpty()) {
            throw DynamoDbException.validation("One or more parameter values were invalid: " + switch (type) {
                case SS -> "An string set  may not be empty";
                case NS -> "An number set  may not be empty";
                default -> "Binary sets should not be empty";
            });
        }
        ArrayNode elements = JSON.arrayNode(body.size());
        Set<Object> seen = new HashSet<>();
        List<String> texts = new ArrayList<>(body.size());
        boolean duplicate = false;
        for (JsonNode element : body) {
            requireText(element, type);
            String text = element.asText();
            texts.add(text);
            Object identity;
            if (type.equals(NS)) {
                BigDecimal number = Numbers.parse(text);
                text = Numbers.canonical(number);
                identity = text;
            } else if (type.equals(BS)) {
                identity = Base64.getEncoder().encodeToString(decodeOrRefuse(text));
            } else {
                identity = text;
            }
            duplicate |= !seen.add(identity);
            elements.add(text);
        }
        if (duplicate) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Input collection "
                    + texts.toString() + " contains duplicates.");
        }
        return elements;
    }

    private static void requireText(JsonNode body, String type) {
        if (body == null || !body.isTextual()) {
            throw serialization(type);
        }
    }

    private static byte[] decodeOrRefuse(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // DynamoDB reports undecodable binary while reading the request, before validation.
            throw new DynamoDbException(DynamoDbException.SERIALIZATION, 400,
                    "Base64 encoded length is expected a multiple of 4 bytes but found: " + base64.length());
        }
    }

    private static DynamoDbException serialization(String type) {
        return new DynamoDbException(DynamoDbException.SERIALIZATION, 400,
                "Unexpected value type in the AttributeValue member " + type);
    }
}
