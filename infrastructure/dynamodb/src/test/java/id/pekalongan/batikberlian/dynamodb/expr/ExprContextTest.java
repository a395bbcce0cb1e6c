package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.obj;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprContextTest {

    @ParameterizedTest(name = "names {0}, values {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "{}                    | null                       | ExpressionAttributeNames must not be empty",
            "null                  | {}                         | ExpressionAttributeValues must not be empty",
            "{\"n\":\"x\"}         | null                       | ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"",
            "{\"#\":\"x\"}         | null                       | ExpressionAttributeNames contains invalid key: Syntax error; key: \"#\"",
            "{\"#n\":\"\"}         | null                       | ExpressionAttributeNames contains invalid value: Empty attribute name for key #n",
            "null                  | {\"v\":{\"S\":\"x\"}}      | ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"",
            "null                  | {\":v\":{\"SS\":[]}}       | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v",
            "null                  | {\":v\":{\"N\":\"x1\"}}    | ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric value: x1 for key :v",
            "null                  | {\":v\":{}}                | ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :v",
    })
    void refusesBadMaps(String names, String values, String message) {
        assertEquals(message, validationMessage(() -> new ExpressionContext(obj(names), obj(values))));
    }

    @ParameterizedTest(name = "{0} with names {1} and values {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "#a = :x                 | {\"#a\":\"a\",\"#b\":\"b\"}           | {\":x\":{\"N\":\"1\"}}    | Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
            "a = :x                  | {\"#a\":\"a\",\"#b\":\"b\"}           | {\":x\":{\"N\":\"1\"}}    | Value provided in ExpressionAttributeNames unused in expressions: keys: {#a, #b}",
            "a = :x                  | null                                 | {\":x\":{\"N\":\"1\"},\":y\":{\"N\":\"2\"}} | Value provided in ExpressionAttributeValues unused in expressions: keys: {:y}",
            "a = :x                  | {\"#b\":\"b\"}                        | {\":x\":{\"N\":\"1\"},\":y\":{\"N\":\"2\"}} | Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
    })
    void refusesUnused(String condition, String names, String values, String message) {
        ExpressionContext ctx = new ExpressionContext(obj(names), obj(values));
        Expressions.condition(condition, ctx);
        assertEquals(message, validationMessage(ctx::requireAllUsed));
    }

    @Test
    void namesAndValuesMayBeUsedByAnyExpressionOfTheRequest() {
        ExpressionContext ctx = new ExpressionContext(obj("{\"#a\":\"a\",\"#b\":\"b\"}"),
                obj("{\":x\":{\"N\":\"1\"},\":y\":{\"N\":\"2\"}}"));
        Expressions.condition("#a = :x", ctx);
        Expressions.filter("#b = :y", ctx);
        assertDoesNotThrow(ctx::requireAllUsed);
    }

    @Test
    void namesWithoutAnyExpressionAreRefused() {
        assertEquals("ExpressionAttributeNames can only be specified when using expressions", validationMessage(
                () -> new ExpressionContext(obj("{\"#a\":\"a\"}"), null).requireAllUsed()));
        assertEquals("ExpressionAttributeValues can only be specified when using expressions", validationMessage(
                () -> new ExpressionContext(null, obj("{\":a\":{\"S\":\"a\"}}")).requireAllUsed()));
        assertDoesNotThrow(() -> ExpressionContext.empty().requireAllUsed());
    }

    @Test
    void valuesAreCanonicalisedOnceForEveryExpression() {
        ExpressionContext ctx = new ExpressionContext(null, obj("{\":x\":{\"N\":\"1.000\"}}"));
        assertEquals(true, Expressions.condition("a = :x", ctx).test(obj("{\"a\":{\"N\":\"1\"}}")));
    }
}
