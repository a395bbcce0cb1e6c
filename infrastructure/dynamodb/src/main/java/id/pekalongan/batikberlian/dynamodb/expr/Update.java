package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** A parsed UpdateExpression. */
public interface Update {

    /**
     * Applies the update to a copy of the item and returns the copy; the argument is never changed.
     *
     * @param item the current item in wire form, or {@code null} when there is none (then a new item holding only
     *             the key is passed in by the engine, so this argument is never null in practice)
     * @throws id.pekalongan.batikberlian.dynamodb.DynamoDbException ValidationException for type errors found at
     *         run time, e.g. "An operand in the update expression has an incorrect data type",
     *         list_append on a non-list, ADD on a string
     */
    ObjectNode apply(ObjectNode item);

    /**
     * As {@link #apply(ObjectNode)}, telling whether the item existed before: DynamoDB refuses REMOVE of a path
     * whose parent is missing ("The document path provided in the update expression is invalid for update"), but
     * not when the whole item is missing, where there is nothing to remove.
     *
     * @param item       the current item, or the key alone when the item does not exist
     * @param itemExists whether the table held the item
     */
    default ObjectNode apply(ObjectNode item, boolean itemExists) {
        return apply(item);
    }

    /** The top-level attribute names the update writes or removes (the engine refuses key attributes). */
    Set<String> topLevelAttributes();
}
