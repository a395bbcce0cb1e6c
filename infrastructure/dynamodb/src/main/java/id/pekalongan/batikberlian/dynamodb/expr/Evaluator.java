package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The value side of conditions: operands, size() and the functions that look inside values. */
final class Evaluator {

    private Evaluator() {
    }

    /** An operand's value in an item, or {@code null} when it refers to something the item lacks. */
    static JsonNode value(Operand operand, ObjectNode item) {
        if (operand instanceof Operand.PathRef ref) {
            return ref.path().resolve(item);
        }
        if (operand instanceof Operand.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Operand.Call call && call.name().equals("size")) {
            return size(value(call.args().get(0), item));
        }
        return null;
    }

    /**
     * DynamoDB's size(): UTF-16 code units of a string, bytes of a binary, elements of a set, list or map. Other
     * types have no size, which makes every comparison with it false, like a missing attribute.
     */
    static JsonNode size(JsonNode v) {
        if (v == null) {
            return null;
        }
        String type = AttributeValues.type(v);
        JsonNode body = v.get(type);
        long size = switch (type) {
            // DynamoDB counts a string's UTF-16 code units (an emoji is 2), which is Java's length().
            case AttributeValues.S -> body.asText().length();
            case AttributeValues.B -> AttributeValues.bytes(body).length;
            case AttributeValues.SS, AttributeValues.NS, AttributeValues.BS, AttributeValues.L, AttributeValues.M ->
                    body.size();
            default -> -1;
        };
        return size < 0 ? null : AttributeValues.wrap(AttributeValues.N, JsonNodeFactory.instance.textNode(
                Long.toString(size)));
    }

    /** begins_with on strings (a code point prefix is a UTF-8 byte prefix) and on binaries; false otherwise. */
    static boolean beginsWith(JsonNode v, JsonNode prefix) {
        if (v == null || prefix == null) {
            return false;
        }
        String type = AttributeValues.type(v);
        if (!type.equals(AttributeValues.type(prefix))) {
            return false;
        }
        if (type.equals(AttributeValues.S)) {
            return v.get(type).asText().startsWith(prefix.get(type).asText());
        }
        if (type.equals(AttributeValues.B)) {
            byte[] bytes = AttributeValues.bytes(v.get(type));
            byte[] head = AttributeValues.bytes(prefix.get(type));
            return head.length <= bytes.length
                    && java.util.Arrays.equals(bytes, 0, head.length, head, 0, head.length);
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * contains: a substring of a string or a binary, an element of a set (of the same element type), an element
     * of a list (of any type).
     */
    static boolean contains(JsonNode v, JsonNode element) {
        if (v == null || element == null) {
            return false;
        }
        String type = AttributeValues.type(v);
        String elementType = AttributeValues.type(element);
        JsonNode body = v.get(type);
        switch (type) {
            case AttributeValues.S:
                return elementType.equals(AttributeValues.S)
                        && body.asText().contains(element.get(elementType).asText());
            case AttributeValues.B:
                return elementType.equals(AttributeValues.B)
                        && indexOf(AttributeValues.bytes(body), AttributeValues.bytes(element.get(elementType))) >= 0;
            case AttributeValues.SS:
            case AttributeValues.NS:
            case AttributeValues.BS:
                return elementType.equals(AttributeValues.elementType(type))
                        && AttributeValues.setContains(type, body, element.get(elementType));
            case AttributeValues.L:
                for (JsonNode e : body) {
                    if (AttributeValues.equal(e, element)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
