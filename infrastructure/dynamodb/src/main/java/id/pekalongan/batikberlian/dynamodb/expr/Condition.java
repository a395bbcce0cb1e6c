package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A parsed ConditionExpression or FilterExpression. */
public interface Condition {

    /**
     * @param item the item in wire form ({@code {"attr":{"S":"x"},…}}), or {@code null} when there is none
     * @return whether the condition holds; a comparison of mismatched types is simply false, as in DynamoDB
     */
    boolean test(ObjectNode item);
}
