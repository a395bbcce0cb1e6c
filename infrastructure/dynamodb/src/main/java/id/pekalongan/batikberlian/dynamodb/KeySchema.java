package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/** A partition key and an optional sort key, of a table or an index. */
record KeySchema(KeyDef hash, KeyDef range) {

    List<String> names() {
        List<String> n = new ArrayList<>(2);
        n.add(hash.name());
        if (range != null) {
            n.add(range.name());
        }
        return n;
    }

    boolean contains(String attribute) {
        return hash.name().equals(attribute) || (range != null && range.name().equals(attribute));
    }

    ArrayNode toJson() {
        ArrayNode a = Json.array();
        a.addObject().put("AttributeName", hash.name()).put("KeyType", "HASH");
        if (range != null) {
            a.addObject().put("AttributeName", range.name()).put("KeyType", "RANGE");
        }
        return a;
    }
}
