package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;

/**
 * A parsed KeyConditionExpression: equality on the partition key and optionally one condition on the sort key.
 *
 * <p>The parser does not know the key schema, so it takes the equality for the partition key: with two
 * equalities the first one written, with a single non-equality none ({@code hashName} is then null and the
 * condition is in the range fields). {@link #forSchema} settles both cases against the table's key schema.
 *
 * @param hashName   partition key attribute name (after #name substitution)
 * @param hashValue  the value it must equal (wire form, e.g. {"S":"x"})
 * @param rangeName  sort key attribute name, or null when the expression has no sort key condition
 * @param rangeOp    the sort key operator, or null
 * @param rangeValue first operand (wire form), or null
 * @param rangeValue2 second operand for BETWEEN, else null
 */
public record KeyCondition(String hashName, JsonNode hashValue, String rangeName, RangeOp rangeOp,
                           JsonNode rangeValue, JsonNode rangeValue2) {

    public enum RangeOp { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    /**
     * This condition with its parts matched to the key schema of the table or index queried: swaps two equalities
     * written sort key first, and refuses conditions on other attributes as DynamoDB does.
     *
     * @param hashKey  the partition key's attribute name
     * @param rangeKey the sort key's attribute name, or null when there is none
     */
    public KeyCondition forSchema(String hashKey, String rangeKey) {
        KeyCondition c = this;
        if (!hashKey.equals(c.hashName) && hashKey.equals(c.rangeName) && c.rangeOp == RangeOp.EQ) {
            c = c.hashName == null
                    ? new KeyCondition(rangeName, rangeValue, null, null, null, null)
                    : new KeyCondition(rangeName, rangeValue, hashName, RangeOp.EQ, hashValue, null);
        }
        if (c.hashName == null && hashKey.equals(c.rangeName)) {
            // The partition key has a condition, but not an equality.
            throw DynamoDbException.validation("Query key condition not supported");
        }
        if (!hashKey.equals(c.hashName)) {
            throw DynamoDbException.validation("Query condition missed key schema element: " + hashKey);
        }
        if (c.rangeName != null && !c.rangeName.equals(rangeKey)) {
            throw DynamoDbException.validation(rangeKey == null ? "Query key condition not supported"
                    : "Query condition missed key schema element: " + rangeKey);
        }
        return c;
    }
}
