package id.pekalongan.batikberlian.dynamodb.expr;

/**
 * Parses DynamoDB's expression language. Every parse error is a {@code ValidationException} whose message names
 * the offending token the way DynamoDB does, e.g.
 * "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"a = = b\"" or
 * "Value provided in ExpressionAttributeValues unused in expressions" (the latter from the context).
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

    public static Update update(String text, ExpressionContext ctx) {
        return new UpdateParser(text, ctx).parse();
    }

    public static Projection projection(String text, ExpressionContext ctx) {
        throw new UnsupportedOperationException("not yet");
    }

    public static KeyCondition keyCondition(String text, ExpressionContext ctx) {
        throw new UnsupportedOperationException("not yet");
    }
}
