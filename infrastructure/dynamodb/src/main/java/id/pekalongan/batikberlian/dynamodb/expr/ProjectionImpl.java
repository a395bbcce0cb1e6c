package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The projected paths merged into one tree, so that one walk over the item copies what they select, keeping the
 * nesting: {@code a.b} of {@code {a:{M:{b,c}}}} gives {@code {a:{M:{b}}}}; list elements keep their order and
 * close up the gaps, as DynamoDB returns them.
 */
final class ProjectionImpl implements Projection {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final class Node {
        boolean whole;
        final Map<String, Node> names = new LinkedHashMap<>();
        final TreeMap<Integer, Node> indexes = new TreeMap<>();
    }

    private final Node root = new Node();

    ProjectionImpl(List<Path> paths) {
        for (Path path : paths) {
            Node node = root;
            for (Object part : path.parts()) {
                node = part instanceof String name ? node.names.computeIfAbsent(name, k -> new Node())
                        : node.indexes.computeIfAbsent((Integer) part, k -> new Node());
            }
            node.whole = true;
        }
    }

    /** The top-level attributes the projection reads (e.g. for checking an index's projected attributes). */
    Set<String> topLevelAttributes() {
        return Collections.unmodifiableSet(root.names.keySet());
    }

    @Override
    public ObjectNode apply(ObjectNode item) {
        ObjectNode out = JSON.objectNode();
        if (item == null) {
            return out;
        }
        for (Map.Entry<String, Node> child : root.names.entrySet()) {
            JsonNode value = item.get(child.getKey());
            JsonNode projected = value == null ? null : project(value, child.getValue());
            if (projected != null) {
                out.set(child.getKey(), projected);
            }
        }
        return out;
    }

    /** The part of a value a node selects, or null when none of it exists. */
    private static JsonNode project(JsonNode value, Node node) {
        if (node.whole) {
            return value.deepCopy();
        }
        if (!node.names.isEmpty()) {
            JsonNode map = value.get(AttributeValues.M);
            if (map == null) {
                return null;
            }
            ObjectNode out = JSON.objectNode();
            for (Map.Entry<String, Node> child : node.names.entrySet()) {
                JsonNode v = map.get(child.getKey());
                JsonNode projected = v == null ? null : project(v, child.getValue());
                if (projected != null) {
                    out.set(child.getKey(), projected);
                }
            }
            return out.isEmpty() ? null : AttributeValues.wrap(AttributeValues.M, out);
        }
        JsonNode list = value.get(AttributeValues.L);
        if (list == null) {
            return null;
        }
        ArrayNode out = JSON.arrayNode();
        for (Map.Entry<Integer, Node> child : node.indexes.entrySet()) {
            JsonNode v = list.get(child.getKey());
            JsonNode projected = v == null ? null : project(v, child.getValue());
            if (projected != null) {
                out.add(projected);
            }
        }
        return out.isEmpty() ? null : AttributeValues.wrap(AttributeValues.L, out);
    }
}
