package id.pekalongan.batikberlian.dynamodb.expr;

import java.util.Set;

/**
 * Parses DynamoDB's expression language. Every parse error is a {@code ValidationException} whose message names
 * the offending token the way DynamoDB does, e.g.
 * "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = b\"" (the token with its neighbours) or
 * "Value provided in ExpressionAttributeValues unused in expressions" (the latter from the context).
 *
 * <p>Each expression is parsed once into an immutable tree that evaluates without reflection or regular
 * expressions, so a parsed expression may be kept and shared between threads; the context belongs to one request.
 * Syntax errors are reported first, then reserved words, undefined names, undefined values and the rest, as
 * DynamoDB orders them.
 */
public final class Expressions {

    private Expressions() {
    }

    /** ConditionExpression of PutItem/UpdateItem/DeleteItem/ConditionCheck. */
    public static Condition condition(String text, ExpressionContext ctx) {
        return new ConditionParser(text, "ConditionExpression", ctx).parse();
    }

    /** FilterExpression of Query/Scan (same grammar as a condition, its errors say FilterExpression). */
    public static Condition filter(String text, ExpressionContext ctx) {
        return new ConditionParser(text, "FilterExpression", ctx).parse();
    }

    /** UpdateExpression of UpdateItem and of a transaction's Update. */
    public static Update update(String text, ExpressionContext ctx) {
        return new UpdateParser(text, ctx).parse();
    }

    /** ProjectionExpression of GetItem, BatchGetItem, TransactGetItems, Query and Scan. */
    public static Projection projection(String text, ExpressionContext ctx) {
        return new ProjectionParser(text, ctx).parse();
    }

    /**
     * The top-level attributes a condition or filter parsed here reads (e.g. to refuse a Query filter on a key
     * attribute); empty for any other implementation of {@link Condition}.
     */
    public static Set<String> attributesRead(Condition condition) {
        return condition instanceof Cond cond ? References.of(cond) : Set.of();
    }

    /**
     * The top-level attributes a projection parsed here reads (e.g. to check them against an index's projected
     * attributes); empty for any other implementation of {@link Projection}.
     */
    public static Set<String> attributesProjected(Projection projection) {
        return projection instanceof ProjectionImpl impl ? impl.topLevelAttributes() : Set.of();
    }

    /**
     * KeyConditionExpression of Query. Which part is the partition key is known only from the key schema: call
     * {@link KeyCondition#forSchema} on the result with the table's (or index's) key names.
     */
    public static KeyCondition keyCondition(String text, ExpressionContext ctx) {
        return KeyConditionParser.parse(text, ctx);
    }
}
