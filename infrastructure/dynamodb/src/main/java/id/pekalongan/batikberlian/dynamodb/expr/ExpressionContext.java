package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request, shared by all of its
 * expressions (condition, update, projection, key condition, filter), remembering which were used, so that an
 * unused one can be refused as DynamoDB refuses it.
 *
 * <p>Not thread-safe: one context belongs to one request.
 */
public final class ExpressionContext {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, JsonNode> values = new LinkedHashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Set<String> usedValues = new HashSet<>();
    private boolean anyExpression;

    /**
     * @param names  {@code {"#n":"name",…}} or {@code null}
     * @param values {@code {":v":{"S":"x"},…}} (attribute values in wire form) or {@code null}
     */
    public ExpressionContext(ObjectNode names, ObjectNode values) {
        if (names != null) {
            if (names.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeNames must not be empty");
            }
            for (Map.Entry<String, JsonNode> entry : names.properties()) {
                String key = entry.getKey();
                if (!isPlaceholder(key, '#')) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
                }
                String name = entry.getValue().asText();
                if (!entry.getValue().isTextual() || name.isEmpty()) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeNames contains invalid value: Empty attribute name for key " + key);
                }
                this.names.put(key, name);
            }
        }
        if (values != null) {
            if (values.isEmpty()) {
                throw DynamoDbException.validation("ExpressionAttributeValues must not be empty");
            }
            for (Map.Entry<String, JsonNode> entry : values.properties()) {
                String key = entry.getKey();
                if (!isPlaceholder(key, ':')) {
                    throw DynamoDbException.validation(
                            "ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
                }
                try {
                    this.values.put(key, AttributeValues.validate(entry.getValue()));
                } catch (DynamoDbException e) {
                    throw new DynamoDbException(e.type(), e.status(),
                            "ExpressionAttributeValues contains invalid value: " + e.getMessage() + " for key " + key);
                }
            }
        }
    }

    /** A context for a request that carries neither names nor values. */
    public static ExpressionContext empty() {
        return new ExpressionContext(null, null);
    }

    private static boolean isPlaceholder(String key, char sigil) {
        if (key.length() < 2 || key.charAt(0) != sigil) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The attribute name for {@code #ref}, marking it used, or {@code null} when the request does not define it. */
    String name(String ref) {
        String name = names.get(ref);
        if (name != null) {
            usedNames.add(ref);
        }
        return name;
    }

    /** The validated value for {@code :ref}, marking it used, or {@code null} when the request does not define it. */
    JsonNode value(String ref) {
        JsonNode value = values.get(ref);
        if (value != null) {
            usedValues.add(ref);
        }
        return value;
    }

    void expressionParsed() {
        anyExpression = true;
    }

    /**
     * Throws {@code ValidationException} with DynamoDB's wording when a name or value was given but no expression of
     * the request used it (e.g. "Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}").
     * Also refuses names/values given when the request has no expression at all, as DynamoDB does.
     */
    public void requireAllUsed() {
        if (!anyExpression) {
            if (!names.isEmpty()) {
                throw DynamoDbException.validation(
                        "ExpressionAttributeNames can only be specified when using expressions");
            }
            if (!values.isEmpty()) {
                throw DynamoDbException.validation(
                        "ExpressionAttributeValues can only be specified when using expressions");
            }
            return;
        }
        List<String> unusedNames = unused(names.keySet(), usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeNames unused in expressions: "
                    + "keys: {" + String.join(", ", unusedNames) + "}");
        }
        List<String> unusedValues = unused(values.keySet(), usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbException.validation("Value provided in ExpressionAttributeValues unused in expressions: "
                    + "keys: {" + String.join(", ", unusedValues) + "}");
        }
    }

    private static List<String> unused(Set<String> given, Set<String> used) {
        List<String> unused = new ArrayList<>();
        for (String key : given) {
            if (!used.contains(key)) {
                unused.add(key);
            }
        }
        return unused;
    }
}
