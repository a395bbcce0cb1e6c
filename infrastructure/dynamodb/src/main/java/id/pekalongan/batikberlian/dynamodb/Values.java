package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.AttributeValues;
import java.util.Iterator;
import java.util.Map;

/** Checks the attribute values of an incoming item or key (and puts numbers in canonical form). */
final class Values {

    private Values() {
    }

    /** A checked copy of an item or key; a ValidationException in DynamoDB's words otherwise. */
    static ObjectNode checkItem(ObjectNode item) {
        ObjectNode out = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().isEmpty()) {
                throw DynamoDbException.validation("One or more parameter values were invalid: An AttributeValue may "
                        + "not contain an empty attribute name");
            }
            out.set(e.getKey(), check(e.getValue()));
        }
        return out;
    }

    static JsonNode check(JsonNode v) {
        if (v == null || !v.isObject() || v.size() != 1) {
            throw DynamoDbException.validation("Supplied AttributeValue is empty, must contain exactly one of the "
                    + "supported datatypes");
        }
        return AttributeValues.validate(v);
    }
}
