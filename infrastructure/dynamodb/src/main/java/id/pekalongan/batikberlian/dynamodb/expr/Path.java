package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A document path after #name substitution: attribute names ({@link String}) and list indexes ({@link Integer}),
 * the first always a name.
 */
record Path(List<Object> parts) {

    Path {
        parts = List.copyOf(parts);
    }

    String first() {
        return (String) parts.get(0);
    }

    int length() {
        return parts.size();
    }

    /** The value at this path in an item, or {@code null} when any step is missing or of the wrong type. */
    JsonNode resolve(ObjectNode item) {
        if (item == null) {
            return null;
        }
        JsonNode current = item.get(first());
        for (int i = 1, n = parts.size(); i < n && current != null; i++) {
            Object part = parts.get(i);
            if (part instanceof String name) {
                JsonNode map = current.get(AttributeValues.M);
                current = map == null ? null : map.get(name);
            } else {
                JsonNode list = current.get(AttributeValues.L);
                current = list == null ? null : list.get((Integer) part);
            }
        }
        return current;
    }

    /** Whether this path is the other or one of its ancestors. */
    boolean isPrefixOf(Path other) {
        return parts.size() <= other.parts.size() && other.parts.subList(0, parts.size()).equals(parts);
    }

    /**
     * Whether the paths lead through the same element by a name in one and an index in the other, which DynamoDB
     * calls a conflict (the element cannot be both a map and a list).
     */
    boolean conflictsWith(Path other) {
        int n = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            Object a = parts.get(i);
            Object b = other.parts.get(i);
            if (!a.equals(b)) {
                return (a instanceof String) != (b instanceof String);
            }
        }
        return false;
    }

    /** DynamoDB's rendering in messages: {@code [a, b, [3]]}. */
    String describe() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object part = parts.get(i);
            sb.append(part instanceof Integer ? "[" + part + "]" : part);
        }
        return sb.append(']').toString();
    }

    /** Refuses two paths of one expression that overlap or conflict, in DynamoDB's words. */
    static void requireDisjoint(String label, List<Path> paths) {
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                Path a = paths.get(i);
                Path b = paths.get(j);
                if (a.isPrefixOf(b) || b.isPrefixOf(a)) {
                    throw Errors.invalid(label, "Two document paths overlap with each other; must remove or rewrite "
                            + "one of these paths; path one: " + a.describe() + ", path two: " + b.describe());
                }
                if (a.conflictsWith(b)) {
                    throw Errors.invalid(label, "Two document paths conflict with each other; must remove or rewrite "
                            + "one of these paths; path one: " + a.describe() + ", path two: " + b.describe());
                }
            }
        }
    }
}
