package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.obj;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprKeyConditionTest {

    static ExpressionContext ctx() {
        return new ExpressionContext(obj("{\"#pk\":\"pk\",\"#sk\":\"sk\"}"),
                obj("{\":a\":{\"S\":\"a\"},\":b\":{\"S\":\"b\"},\":c\":{\"S\":\"c\"}}"));
    }

    private static String value(com.fasterxml.jackson.databind.JsonNode v) {
        return v == null ? null : v.get("S").asText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "pk = :a                                | pk   | a    | null | null        | null | null",
            "pk = :a AND sk = :b                    | pk   | a    | sk   | EQ          | b    | null",
            "pk = :a AND sk < :b                    | pk   | a    | sk   | LT          | b    | null",
            "pk = :a AND sk <= :b                   | pk   | a    | sk   | LE          | b    | null",
            "pk = :a AND sk > :b                    | pk   | a    | sk   | GT          | b    | null",
            "pk = :a AND sk >= :b                   | pk   | a    | sk   | GE          | b    | null",
            "pk = :a AND sk BETWEEN :b AND :c       | pk   | a    | sk   | BETWEEN     | b    | c",
            "pk = :a AND begins_with(sk, :b)        | pk   | a    | sk   | BEGINS_WITH | b    | null",
            "sk > :b AND pk = :a                    | pk   | a    | sk   | GT          | b    | null",
            "begins_with(sk, :b) AND pk = :a        | pk   | a    | sk   | BEGINS_WITH | b    | null",
            "(pk = :a) AND (sk = :b)                | pk   | a    | sk   | EQ          | b    | null",
            "#pk = :a AND #sk >= :b                 | pk   | a    | sk   | GE          | b    | null",
            "pk = :a and sk between :b and :c       | pk   | a    | sk   | BETWEEN     | b    | c",
            "sk > :b                                | null | null | sk   | GT          | b    | null",
            ":a = pk AND :b = sk                    | pk   | a    | sk   | EQ          | b    | null",
            ":a = pk AND :b < sk                    | pk   | a    | sk   | GT          | b    | null",
            ":a = pk AND :b <= sk                   | pk   | a    | sk   | GE          | b    | null",
            ":a = pk AND :b > sk                    | pk   | a    | sk   | LT          | b    | null",
            ":a = pk AND :b >= sk                   | pk   | a    | sk   | LE          | b    | null",
            "((sk = :b) AND (pk = :a))              | sk   | b    | pk   | EQ          | a    | null",
            "((pk = :a)) AND ((sk = :b))            | pk   | a    | sk   | EQ          | b    | null",
            "(pk = :a AND sk = :b)                  | pk   | a    | sk   | EQ          | b    | null",
            "pk=:a AnD sk BeTwEeN :b aNd :c         | pk   | a    | sk   | BETWEEN     | b    | c",
    })
    void accepts(String expression, String hashName, String hashValue, String rangeName, String op, String v1,
                 String v2) {
        KeyCondition k = Expressions.keyCondition(expression, ctx());
        assertEquals(hashName, k.hashName());
        assertEquals(hashValue, value(k.hashValue()));
        assertEquals(rangeName, k.rangeName());
        assertEquals(op == null ? null : KeyCondition.RangeOp.valueOf(op), k.rangeOp());
        assertEquals(v1, value(k.rangeValue()));
        assertEquals(v2, value(k.rangeValue2()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "pk = :a OR sk = :b                     | Invalid operator used in KeyConditionExpression: OR",
            "NOT pk = :a                            | Invalid operator used in KeyConditionExpression: NOT",
            "pk IN (:a)                             | Invalid operator used in KeyConditionExpression: IN",
            "pk <> :a                               | Invalid operator used in KeyConditionExpression: <>",
            "pk = :a AND attribute_exists(sk)       | Invalid operator used in KeyConditionExpression: attribute_exists",
            "pk = :a AND attribute_not_exists(sk)   | Invalid operator used in KeyConditionExpression: attribute_not_exists",
            "pk = :a AND contains(sk, :b)           | Invalid operator used in KeyConditionExpression: contains",
            "pk = :a AND size(sk) > :b              | Invalid operator used in KeyConditionExpression: size",
            "pk = :a AND sk = :b AND x = :c         | Conditions can be of length 1 or 2 only",
            "pk = :a AND pk = :b                    | KeyConditionExpressions must only contain one condition per key",
            "pk > :a AND sk > :b                    | Query key condition not supported",
            "pk = sk                                | Query key condition not supported",
            ":a = :b                                | Query key condition not supported",
            "pk = :a AND :b BETWEEN sk AND :c       | Query key condition not supported",
            "pk = :a AND begins_with(:b, sk)        | Query key condition not supported",
            "pk = :a AND dog(sk, :b)                | Invalid KeyConditionExpression: Invalid function name; function: dog",
            "pk = :a AND BEGINS_WITH(sk, :b)        | Invalid KeyConditionExpression: Invalid function name; function: BEGINS_WITH",
            "pk = :a AND sk != :b                   | Invalid KeyConditionExpression: Syntax error; token: \"!\", near: \"sk !=\"",
            "pk                                     | Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"pk\"",
            "pk.x = :a                              | KeyConditionExpressions cannot have conditions on nested attributes",
            "pk = :a AND                            | Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\"",
            "status = :a                            | Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: status",
            "pk = :nope                             | Invalid KeyConditionExpression: An expression attribute value used in expression is not defined; attribute value: :nope",
            "pk = :a AND sk BETWEEN :c AND :b       | Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:c}, upper bound operand: AttributeValue: {S:b}",
    })
    void refuses(String expression, String message) {
        assertEquals(message, validationMessage(() -> Expressions.keyCondition(expression, ctx())));
    }

    @ParameterizedTest(name = "{0} on ({1}, {2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "sk = :b AND pk = :a      | pk | sk   | pk=a sk EQ b",
            "pk = :a AND sk = :b      | pk | sk   | pk=a sk EQ b",
            "pk = :a                  | pk | sk   | pk=a",
            "pk = :a AND sk > :b      | pk | sk   | pk=a sk GT b",
            "sk > :b                  | pk | sk   | Query condition missed key schema element: pk",
            "sk = :b                  | pk | sk   | Query condition missed key schema element: pk",
            "pk > :a                  | pk | sk   | Query key condition not supported",
            "pk = :a AND attr2 > :b   | pk | sk   | Query condition missed key schema element: sk",
            "attr2 = :a               | pk | null | Query condition missed key schema element: pk",
            "pk = :a AND sk = :b      | pk | null | Query key condition not supported",
    })
    void matchesTheKeySchema(String expression, String hashKey, String rangeKey, String expected) {
        KeyCondition parsed = Expressions.keyCondition(expression, ctx());
        String actual;
        try {
            KeyCondition k = parsed.forSchema(hashKey, rangeKey);
            actual = k.hashName() + "=" + value(k.hashValue())
                    + (k.rangeName() == null ? "" : " " + k.rangeName() + " " + k.rangeOp() + " " + value(k.rangeValue()));
        } catch (id.pekalongan.batikberlian.dynamodb.DynamoDbException e) {
            actual = e.getMessage();
        }
        assertEquals(expected, actual);
    }
}
