package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** One action of an UpdateExpression clause. */
sealed interface UpdateAction {

    Path path();

    record Set(Path path, Operand value) implements UpdateAction {
    }

    record Remove(Path path) implements UpdateAction {
    }

    /** {@code ADD path :v}: add a number or unite a set. */
    record Add(Path path, JsonNode value) implements UpdateAction {
    }

    /** {@code DELETE path :v}: take the elements of a set out of one. */
    record Delete(Path path, JsonNode value) implements UpdateAction {
    }
}
