package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.AttributeValues;
import java.util.Iterator;
import java.util.Map;

/** Whether a write changed an item: DynamoDB emits no stream record for a write that leaves the item as it was. */
final class ItemEquality {

    private ItemEquality() {
    }

    static boolean same(ObjectNode a, ObjectNode b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.size() != b.size()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode other = b.get(e.getKey());
            if (other == null || !AttributeValues.equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }
}
