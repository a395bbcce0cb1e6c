package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.Condition;
import id.pekalongan.batikberlian.dynamodb.expr.ExpressionContext;
import id.pekalongan.batikberlian.dynamodb.expr.Expressions;
import id.pekalongan.batikberlian.dynamodb.expr.KeyCondition;
import id.pekalongan.batikberlian.dynamodb.expr.Projection;
import id.pekalongan.batikberlian.dynamodb.expr.Update;

/**
 * The expressions of one request (or of one transaction action) parsed against its shared names and values; once
 * all are parsed, {@link #done()} refuses names or values no expression used, as DynamoDB does.
 */
final class RequestExpressions {

    private final ObjectNode req;
    private final ExpressionContext ctx;

    private RequestExpressions(ObjectNode req, ExpressionContext ctx) {
        this.req = req;
        this.ctx = ctx;
    }

    static RequestExpressions of(ObjectNode req) {
        ObjectNode names = Json.obj(req, "ExpressionAttributeNames");
        ObjectNode values = Json.obj(req, "ExpressionAttributeValues");
        boolean any = names != null || values != null;
        for (String f : new String[] {"ConditionExpression", "FilterExpression", "UpdateExpression",
                "ProjectionExpression", "KeyConditionExpression"}) {
            any |= req.hasNonNull(f);
        }
        return new RequestExpressions(req, any ? new ExpressionContext(names, values) : null);
    }

    Condition condition() {
        String text = Json.text(req, "ConditionExpression");
        return text == null ? null : Expressions.condition(text, ctx);
    }

    Condition filter() {
        String text = Json.text(req, "FilterExpression");
        return text == null ? null : Expressions.filter(text, ctx);
    }

    Update update() {
        String text = Json.text(req, "UpdateExpression");
        return text == null ? null : Expressions.update(text, ctx);
    }

    Projection projection() {
        String text = Json.text(req, "ProjectionExpression");
        return text == null ? null : Expressions.projection(text, ctx);
    }

    KeyCondition keyCondition() {
        String text = Json.text(req, "KeyConditionExpression");
        return text == null ? null : Expressions.keyCondition(text, ctx);
    }

    void done() {
        if (ctx != null) {
            ctx.requireAllUsed();
        }
    }
}
