package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A parsed ProjectionExpression (nested paths and list indexes). */
public interface Projection {

    /** A new item holding only the projected paths that exist (an empty object when none do). */
    ObjectNode apply(ObjectNode item);
}
