package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An operand of a condition or of a SET action. */
sealed interface Operand {

    /** A document path; its value is looked up in the item. */
    record PathRef(Path path) implements Operand {
    }

    /** An {@code :value} from ExpressionAttributeValues (null only while an error about it is pending). */
    record Literal(String ref, JsonNode value) implements Operand {
    }

    /** A function call: {@code size} in conditions, {@code if_not_exists} and {@code list_append} in updates. */
    record Call(String name, List<Operand> args) implements Operand {
    }

    /** {@code a + b} or {@code a - b} of a SET action. */
    record Arithmetic(Operand left, boolean plus, Operand right) implements Operand {
    }
}
