package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/** Facts about attribute values in wire form ({"S":…}, {"N":…}, {"B":base64}, sets, {"M":…}, {"L":…}, …). */
public final class AttributeValues {

    /** The type keys of the wire form. */
    public static final String S = "S", N = "N", B = "B", SS = "SS", NS = "NS", BS = "BS", M = "M", L = "L",
            NULL = "NULL", BOOL = "BOOL";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AttributeValues() {
    }

    /**
     * Orders two scalar key values of the same type as DynamoDB orders sort keys: numbers numerically (exact
     * decimal), strings by UTF-8 bytes, binary by unsigned bytes.
     */
    public static int compareKeys(JsonNode a, JsonNode b) {
        String type = type(a);
        if (!type.equals(type(b))) {
            throw new IllegalArgumentException("cannot order " + type + " against " + type(b));
        }
        return switch (type) {
            case S -> Utf8.compare(a.get(S).asText(), b.get(S).asText());
            case N -> Numbers.of(a.get(N).asText()).compareTo(Numbers.of(b.get(N).asText()));
            case B -> Arrays.compareUnsigned(bytes(a.get(B)), bytes(b.get(B)));
            default -> throw new IllegalArgumentException("not a key type: " + type);
        };
    }

    /**
     * Orders two values when both are S, N or B of the same type, as the comparators of an expression do.
     *
     * @return the order, or {@code null} when DynamoDB does not order them (then every comparison is false)
     */
    public static Integer compareIfComparable(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return null;
        }
        String type = type(a);
        if (!type.equals(type(b)) || !(type.equals(S) || type.equals(N) || type.equals(B))) {
            return null;
        }
        return compareKeys(a, b);
    }

    /** DynamoDB equality: numbers by value ("1.0" = "1"), sets regardless of order, maps and lists deeply. */
    public static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return false;
        }
        String type = type(a);
        if (!type.equals(type(b))) {
            return false;
        }
        JsonNode x = a.get(type);
        JsonNode y = b.get(type);
        switch (type) {
            case S:
                return x.asText().equals(y.asText());
            case N:
                return Numbers.of(x.asText()).compareTo(Numbers.of(y.asText())) == 0;
            case B:
                return Arrays.equals(bytes(x), bytes(y));
            case BOOL:
                return x.asBoolean() == y.asBoolean();
            case NULL:
                return true;
            case SS:
            case NS:
            case BS:
                if (x.size() != y.size()) {
                    return false;
                }
                for (JsonNode element : y) {
                    if (!setContains(type, x, element)) {
                        return false;
                    }
                }
                return true;
            case L:
                if (x.size() != y.size()) {
                    return false;
                }
                for (int i = 0; i < x.size(); i++) {
                    if (!equal(x.get(i), y.get(i))) {
                        return false;
                    }
                }
                return true;
            case M:
                if (x.size() != y.size()) {
                    return false;
                }
                for (Map.Entry<String, JsonNode> field : x.properties()) {
                    if (!equal(field.getValue(), y.get(field.getKey()))) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    /** Whether a set's elements (the array under SS/NS/BS) hold an element given as bare text. */
    static boolean setContains(String setType, JsonNode elements, JsonNode element) {
        switch (setType) {
            case NS: {
                BigDecimal wanted = Numbers.of(element.asText());
                for (JsonNode e : elements) {
                    if (Numbers.of(e.asText()).compareTo(wanted) == 0) {
                        return true;
                    }
                }
                return false;
            }
            case BS: {
                byte[] wanted = bytes(element);
                for (JsonNode e : elements) {
                    if (Arrays.equals(bytes(e), wanted)) {
                        return true;
                    }
                }
                return false;
            }
            default: {
                String wanted = element.asText();
                for (JsonNode e : elements) {
                    if (e.asText().equals(wanted)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** The type key of a value in wire form ({@code "S"}, {@code "NS"}, {@code "M"}, …). */
    public static String type(JsonNode value) {
        Iterator<String> names = value.fieldNames();
        return names.hasNext() ? names.next() : "";
    }

    /** The element type of a set type ({@code "NS"} gives {@code "N"}), or null for other types. */
    static String elementType(String setType) {
        return switch (setType) {
            case SS -> S;
            case NS -> N;
            case BS -> B;
            default -> null;
        };
    }

    static boolean isSet(String type) {
        return type.equals(SS) || type.equals(NS) || type.equals(BS);
    }

    /** The bytes of a base64 text node; values reaching here were validated, so decoding cannot fail. */
    static byte[] bytes(JsonNode base64) {
        return Base64.getDecoder().decode(base64.asText());
    }

    /**
     * Checks one value as a request may carry it (exactly one type key, numbers of at most 38 significant digits
     * within 1E-130..9.9999999999999999999999999999999999999E+125, no empty or duplicate sets, valid base64) and
     * returns it with numbers in canonical form; a ValidationException otherwise, in DynamoDB's words.
     */
    public static JsonNode validate(JsonNode value) {
        return ValueValidator.validate(value);
    }

    /** The value's size in bytes as DynamoDB counts it for the 400 KB limit and capacity units (without the name). */
    public static long size(JsonNode value) {
        return ValueSizes.size(value);
    }

    static ObjectNode wrap(String type, JsonNode body) {
        ObjectNode node = JSON.objectNode();
        node.set(type, body);
        return node;
    }

}
