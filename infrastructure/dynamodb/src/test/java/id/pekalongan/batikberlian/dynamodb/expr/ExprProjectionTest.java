package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.node;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.obj;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprProjectionTest {

    static final String ITEM = """
            {"a":{"M":{"b":{"S":"1"},"c":{"S":"2"},"d":{"M":{"e":{"N":"3"}}}}},
             "l":{"L":[{"S":"x"},{"M":{"k":{"S":"y"},"j":{"S":"z"}}},{"S":"w"}]},
             "s":{"S":"s"},"n":{"N":"1"}}""";

    static ExpressionContext ctx() {
        return new ExpressionContext(obj("{\"#a\":\"a\",\"#b\":\"b\"}"), null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "s                 | {\"s\":{\"S\":\"s\"}}",
            "s, n              | {\"s\":{\"S\":\"s\"},\"n\":{\"N\":\"1\"}}",
            "absent            | {}",
            "a.b               | {\"a\":{\"M\":{\"b\":{\"S\":\"1\"}}}}",
            "a.b, a.c          | {\"a\":{\"M\":{\"b\":{\"S\":\"1\"},\"c\":{\"S\":\"2\"}}}}",
            "a.d.e             | {\"a\":{\"M\":{\"d\":{\"M\":{\"e\":{\"N\":\"3\"}}}}}}",
            "a.zz              | {}",
            "a.b.c             | {}",
            "a[0]              | {}",
            "s.x               | {}",
            "l[0]              | {\"l\":{\"L\":[{\"S\":\"x\"}]}}",
            "l[2], l[0]        | {\"l\":{\"L\":[{\"S\":\"x\"},{\"S\":\"w\"}]}}",
            "l[1].k            | {\"l\":{\"L\":[{\"M\":{\"k\":{\"S\":\"y\"}}}]}}",
            "l[5]              | {}",
            "l[0], l[5]        | {\"l\":{\"L\":[{\"S\":\"x\"}]}}",
            "l.x               | {}",
            "#a.#b             | {\"a\":{\"M\":{\"b\":{\"S\":\"1\"}}}}",
            "a.zz, s           | {\"s\":{\"S\":\"s\"}}",
            "l[0][0]           | {}",
            "l[1].k, a.c, l[0] | {\"l\":{\"L\":[{\"S\":\"x\"},{\"M\":{\"k\":{\"S\":\"y\"}}}]},\"a\":{\"M\":{\"c\":{\"S\":\"2\"}}}}",
            "a.b, a.c[1]       | {\"a\":{\"M\":{\"b\":{\"S\":\"1\"}}}}",
    })
    void projects(String expression, String expected) {
        assertEquals(node(expected), Expressions.projection(expression, ctx()).apply(obj(ITEM)));
    }

    @Test
    void theResultIsACopy() {
        ObjectNode item = obj(ITEM);
        ObjectNode out = Expressions.projection("a.b", ctx()).apply(item);
        ((ObjectNode) out.get("a").get("M")).remove("b");
        assertEquals(obj(ITEM), item);
        assertEquals(node("{}"), Expressions.projection("a", ctx()).apply(null));
    }

    @Test
    void namesTheTopLevelAttributesItReads() {
        assertEquals(java.util.List.of("l", "a", "s"), java.util.List.copyOf(
                Expressions.attributesProjected(Expressions.projection("l[1], #a.b, a.c, s", ctx()))));
    }

    @Test
    void pathsNestAtMostThirtyTwoLevels() {
        Expressions.projection("a" + ".b".repeat(31), ctx());
        assertEquals("Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33",
                validationMessage(() -> Expressions.projection("a" + ".b".repeat(31) + "[0]", ctx())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "a, a.b            | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
            "s, s              | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [s], path two: [s]",
            "l[1].k, l[1]      | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [l, [1], k], path two: [l, [1]]",
            "a.b.c, a.b[1]     | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b, c], path two: [a, b, [1]]",
            "a.b, a.b[2]       | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, b, [2]]",
            "',a'              | Syntax error; token: \",\", near: \",a\"",
            "'a,,b'            | Syntax error; token: \",\", near: \",,b\"",
            "a.b, a[0]         | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]",
            "a,                | Syntax error; token: \"<EOF>\", near: \",\"",
            "a b               | Syntax error; token: \"b\", near: \"a b\"",
            ":v                | Syntax error; token: \":v\", near: \":v\"",
            "size(a)           | Syntax error; token: \"(\", near: \"size(a\"",
            "status            | Attribute name is a reserved keyword; reserved keyword: status",
            "#nope             | An expression attribute name used in the document path is not defined; attribute name: #nope",
            "''                | The expression can not be empty;",
    })
    void refuses(String expression, String detail) {
        assertEquals("Invalid ProjectionExpression: " + detail,
                validationMessage(() -> Expressions.projection(expression, ctx())));
    }
}
