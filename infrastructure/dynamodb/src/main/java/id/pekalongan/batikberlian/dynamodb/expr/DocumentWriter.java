package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;

/** Writes and removes values at document paths inside an item the update owns (a deep copy). */
final class DocumentWriter {

    private static final JsonNode MISSING = com.fasterxml.jackson.databind.node.MissingNode.getInstance();

    private DocumentWriter() {
    }

    static DynamoDbException invalidPath() {
        return DynamoDbException.validation(
                "The document path provided in the update expression is invalid for update");
    }

    /**
     * The map body (ObjectNode) or list body (ArrayNode) that holds the path's last element; {@code null} when an
     * ancestor is missing, {@link #MISSING} when one is of a type the next step cannot enter.
     */
    private static JsonNode parent(ObjectNode item, Path path) {
        JsonNode container = item;
        for (int i = 0, n = path.length() - 1; i < n; i++) {
            Object part = path.parts().get(i);
            JsonNode child = part instanceof String name ? container.get(name) : container.get((Integer) part);
            if (child == null) {
                return null;
            }
            boolean intoMap = path.parts().get(i + 1) instanceof String;
            JsonNode body = child.get(intoMap ? AttributeValues.M : AttributeValues.L);
            if (body == null) {
                return MISSING;
            }
            container = body;
        }
        return container;
    }

    /** SET semantics: the parent must exist; an index past the end of a list appends. */
    static void set(ObjectNode item, Path path, JsonNode value) {
        JsonNode parent = parent(item, path);
        if (parent == null || parent == MISSING) {
            throw invalidPath();
        }
        Object last = path.parts().get(path.length() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, value.deepCopy());
        } else {
            ArrayNode list = (ArrayNode) parent;
            int index = (Integer) last;
            if (index < list.size()) {
                list.set(index, value.deepCopy());
            } else {
                list.add(value.deepCopy());
            }
        }
    }

    /**
     * REMOVE semantics: a missing last element is no error, but a missing or mistyped parent is; a later list
     * element moves up into the gap.
     */
    static void remove(ObjectNode item, Path path) {
        JsonNode parent = parent(item, path);
        if (parent == null || parent == MISSING) {
            throw invalidPath();
        }
        Object last = path.parts().get(path.length() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).remove(name);
        } else {
            ArrayNode list = (ArrayNode) parent;
            int index = (Integer) last;
            if (index < list.size()) {
                list.remove(index);
            }
        }
    }
}
