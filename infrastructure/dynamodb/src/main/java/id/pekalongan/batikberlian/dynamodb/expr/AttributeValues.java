package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Facts about attribute values in wire form ({"S":…}, {"N":…}, {"B":base64}, sets, {"M":…}, {"L":…}, …). */
public final class AttributeValues {

    /** The type keys of the wire form. */
    public static final String S = "S", N = "N", B = "B", SS = "SS", NS = "NS", BS = "BS", M = "M", L = "L",
            NULL = "NULL", BOOL = "BOOL";

    private static final Set<String> TYPES = Set.of(S, N, B, SS, NS, BS, M, L, NULL, BOOL);
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

    static ObjectNode wrap(String type, JsonNode body) {
        ObjectNode node = JSON.objectNode();
        node.set(type, body);
        return node;
    }

    /** The value's size in bytes as DynamoDB counts it for the 400 KB limit and capacity units (without the name). */
    public static long size(JsonNode value) {
        String type = type(value);
        JsonNode body = value.get(type);
        switch (type) {
            case S:
                return Utf8.length(body.asText());
            case N:
                return Numbers.size(body.asText());
            case B:
                return binaryLength(body.asText());
            case BOOL:
            case NULL:
                return 1;
            case SS: {
                long total = 0;
                for (JsonNode e : body) {
                    total += Utf8.length(e.asText());
                }
                return total;
            }
            case NS: {
                long total = 0;
                for (JsonNode e : body) {
                    total += Numbers.size(e.asText());
                }
                return total;
            }
            case BS: {
                long total = 0;
                for (JsonNode e : body) {
                    total += binaryLength(e.asText());
                }
                return total;
            }
            case L: {
                // 3 bytes for the container, 1 per element for its type marker.
                long total = 3;
                for (JsonNode e : body) {
                    total += 1 + size(e);
                }
                return total;
            }
            case M: {
                long total = 3;
                for (Map.Entry<String, JsonNode> field : body.properties()) {
                    total += 1 + Utf8.length(field.getKey()) + size(field.getValue());
                }
                return total;
            }
            default:
                return 0;
        }
    }

    /** Decoded length from the text alone, without decoding: every 4 characters hold 3 bytes, less the padding. */
    private static long binaryLength(String base64) {
        int n = base64.length();
        int padding = n > 0 && base64.charAt(n - 1) == '=' ? (n > 1 && base64.charAt(n - 2) == '=' ? 2 : 1) : 0;
        return n / 4 * 3L - padding;
    }

    /** Sorted copy of a set's texts, for messages that list elements in a stable order. */
    static Set<String> sortedTexts(JsonNode elements) {
        Set<String> sorted = new TreeSet<>();
        elements.forEach(e -> sorted.add(e.asText()));
        return sorted;
    }
}
