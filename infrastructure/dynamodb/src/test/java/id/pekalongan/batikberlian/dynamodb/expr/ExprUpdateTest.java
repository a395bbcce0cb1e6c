package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.node;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.obj;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprUpdateTest {

    static final String ITEM = """
            {"id":{"S":"k"},"n":{"N":"5"},"s":{"S":"x"},
             "l":{"L":[{"S":"a"},{"S":"b"},{"S":"c"}]},
             "m":{"M":{"a":{"N":"1"},"in":{"M":{}}}},
             "ss":{"SS":["a","b"]},"ns":{"NS":["1","2"]},"ns2":{"N":"1"}}""";

    static final String VALUES = """
            {":v":{"S":"new"},":w":{"S":"w"},":one":{"N":"1"},":zero":{"N":"0"},":neg5":{"N":"-5"},
             ":frac":{"N":"0.25"},":big38":{"N":"99999999999999999999999999999999999999"},
             ":p38":{"N":"1234567890123456789012345678901234567.8"},":tenth":{"N":"0.1"},
             ":lx":{"L":[{"S":"x"}]},":lempty":{"L":[]},":ssbc":{"SS":["b","c"]},":ssa":{"SS":["a"]},
             ":ssab":{"SS":["b","a"]},":ssx":{"SS":["x"]},":ns15":{"NS":["1.0","5"]},":ns1":{"NS":["1.00"]},
             ":m":{"M":{"k":{"S":"v"}}},
             ":e50":{"N":"1E50"},":e125x9":{"N":"9E125"},":e22":{"N":"10000000000000000000000"}}""";

    static ExpressionContext ctx() {
        return new ExpressionContext(obj("{\"#n\":\"name\",\"#in\":\"in\"}"), obj(VALUES));
    }

    static ObjectNode apply(String expression) {
        return Expressions.update(expression, ctx()).apply(obj(ITEM));
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "SET s = :v                          | s      | {\"S\":\"new\"}",
            "SET z = :v                          | z      | {\"S\":\"new\"}",
            "SET z = s                           | z      | {\"S\":\"x\"}",
            "SET z = :m                          | z      | {\"M\":{\"k\":{\"S\":\"v\"}}}",
            "SET n = n + :one                    | n      | {\"N\":\"6\"}",
            "SET n = n - :one                    | n      | {\"N\":\"4\"}",
            "SET n = :one - n                    | n      | {\"N\":\"-4\"}",
            "SET n = n + :frac                   | n      | {\"N\":\"5.25\"}",
            "SET n = n + :neg5                   | n      | {\"N\":\"0\"}",
            "SET n = :big38 + :one               | n      | {\"N\":\"100000000000000000000000000000000000000\"}",
            "SET n = :e22 + :one                 | n      | {\"N\":\"10000000000000000000001\"}",
            "SET n = :e22 - :one                 | n      | {\"N\":\"9999999999999999999999\"}",
            "SET n = :e50 - :e50                 | n      | {\"N\":\"0\"}",
            "SET n = :p38 + :tenth               | n      | {\"N\":\"1234567890123456789012345678901234567.9\"}",
            "SET n=n+:one                        | n      | {\"N\":\"6\"}",
            "SET z = if_not_exists(z, :zero)     | z      | {\"N\":\"0\"}",
            "SET n = if_not_exists(n, :zero)     | n      | {\"N\":\"5\"}",
            "SET z = if_not_exists(z, :zero) + :one | z   | {\"N\":\"1\"}",
            "SET z = if_not_exists(z, s)         | z      | {\"S\":\"x\"}",
            "SET l = list_append(l, :lx)         | l      | {\"L\":[{\"S\":\"a\"},{\"S\":\"b\"},{\"S\":\"c\"},{\"S\":\"x\"}]}",
            "SET l = list_append(:lx, l)         | l      | {\"L\":[{\"S\":\"x\"},{\"S\":\"a\"},{\"S\":\"b\"},{\"S\":\"c\"}]}",
            "SET z = list_append(if_not_exists(z, :lempty), :lx) | z | {\"L\":[{\"S\":\"x\"}]}",
            "SET l[1] = :v                       | l      | {\"L\":[{\"S\":\"a\"},{\"S\":\"new\"},{\"S\":\"c\"}]}",
            "SET l[10] = :v                      | l      | {\"L\":[{\"S\":\"a\"},{\"S\":\"b\"},{\"S\":\"c\"},{\"S\":\"new\"}]}",
            "SET l[10] = :v, l[5] = :w           | l      | {\"L\":[{\"S\":\"a\"},{\"S\":\"b\"},{\"S\":\"c\"},{\"S\":\"w\"},{\"S\":\"new\"}]}",
            "SET m.a = :v                        | m      | {\"M\":{\"a\":{\"S\":\"new\"},\"in\":{\"M\":{}}}}",
            "SET m.#in.deep = :v                 | m      | {\"M\":{\"a\":{\"N\":\"1\"},\"in\":{\"M\":{\"deep\":{\"S\":\"new\"}}}}}",
            "SET #n = :v                         | name   | {\"S\":\"new\"}",
            "REMOVE s                            | s      | null",
            "REMOVE absent                       | absent | null",
            "REMOVE l[1]                         | l      | {\"L\":[{\"S\":\"a\"},{\"S\":\"c\"}]}",
            "REMOVE l[0], l[2]                   | l      | {\"L\":[{\"S\":\"b\"}]}",
            "REMOVE l[5]                         | l      | {\"L\":[{\"S\":\"a\"},{\"S\":\"b\"},{\"S\":\"c\"}]}",
            "REMOVE m.a                          | m      | {\"M\":{\"in\":{\"M\":{}}}}",
            "REMOVE m.zz                         | m      | {\"M\":{\"a\":{\"N\":\"1\"},\"in\":{\"M\":{}}}}",
            "REMOVE l[0] SET l[2] = :v           | l      | {\"L\":[{\"S\":\"b\"},{\"S\":\"new\"}]}",
            "SET l[1] = :v REMOVE l[0]           | l      | {\"L\":[{\"S\":\"new\"},{\"S\":\"c\"}]}",
            "ADD n :one                          | n      | {\"N\":\"6\"}",
            "ADD absent :one                     | absent | {\"N\":\"1\"}",
            "ADD ss :ssbc                        | ss     | {\"SS\":[\"a\",\"b\",\"c\"]}",
            "ADD absent :ssbc                    | absent | {\"SS\":[\"b\",\"c\"]}",
            "ADD ns :ns15                        | ns     | {\"NS\":[\"1\",\"2\",\"5\"]}",
            "ADD m.a :one                        | m      | {\"M\":{\"a\":{\"N\":\"2\"},\"in\":{\"M\":{}}}}",
            "DELETE ss :ssa                      | ss     | {\"SS\":[\"b\"]}",
            "DELETE ss :ssab                     | ss     | null",
            "DELETE ss :ssx                      | ss     | {\"SS\":[\"a\",\"b\"]}",
            "DELETE absent :ssa                  | absent | null",
            "DELETE ns :ns1                      | ns     | {\"NS\":[\"2\"]}",
            "set z = :v                          | z      | {\"S\":\"new\"}",
            "remove s                            | s      | null",
            "REMOVE s SET z = :v                 | z      | {\"S\":\"new\"}",
    })
    void applies(String expression, String attribute, String expected) {
        assertEquals(expected == null ? null : node(expected), apply(expression).get(attribute));
    }

    @Test
    void everyValueIsReadFromTheItemBeforeTheUpdate() {
        ObjectNode result = apply("SET s = n, n = s");
        assertEquals(node("{\"N\":\"5\"}"), result.get("s"));
        assertEquals(node("{\"S\":\"x\"}"), result.get("n"));
    }

    @Test
    void allFourClausesTogetherLeaveTheArgumentAlone() {
        ObjectNode before = obj(ITEM);
        ObjectNode result = Expressions.update("DELETE ss :ssa ADD n :one REMOVE s SET z = :v", ctx()).apply(before);
        assertEquals(obj(ITEM), before);
        assertEquals(node("{\"SS\":[\"b\"]}"), result.get("ss"));
        assertEquals(node("{\"N\":\"6\"}"), result.get("n"));
        assertEquals(null, result.get("s"));
        assertEquals(node("{\"S\":\"new\"}"), result.get("z"));
        assertEquals(node("{\"S\":\"k\"}"), result.get("id"));
    }

    @Test
    void removingUnderAMissingParentIsIgnoredOnlyWhenThereIsNoItem() {
        Update update = Expressions.update("REMOVE x.y, z[0], w", ctx());
        ObjectNode key = obj("{\"id\":{\"S\":\"k\"}}");
        assertEquals(key, update.apply(key, false));
        assertEquals("The document path provided in the update expression is invalid for update",
                validationMessage(() -> update.apply(key, true)));
    }

    @Test
    void listAppendTakesIfNotExistsForAMissingList() {
        Update update = Expressions.update("SET z = list_append(if_not_exists(z, :lempty), :lx)", ctx());
        ObjectNode once = update.apply(obj(ITEM));
        assertEquals(node("{\"L\":[{\"S\":\"x\"},{\"S\":\"x\"}]}"), update.apply(once).get("z"));
    }

    @Test
    void topLevelAttributesNameTheFirstElementOfEveryPath() {
        Update update = Expressions.update("SET a.b = :v, #n[0] = :v REMOVE c ADD d :one DELETE e :ssa", ctx());
        assertEquals(List.of("a", "name", "c", "d", "e"), List.copyOf(update.topLevelAttributes()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "SET n = s + :one                    | An operand in the update expression has an incorrect data type",
            "SET z = :one + s                    | An operand in the update expression has an incorrect data type",
            "SET z = list_append(s, :lx)         | An operand in the update expression has an incorrect data type",
            "SET z = list_append(:lx, n)         | An operand in the update expression has an incorrect data type",
            "SET z = absent                      | The provided expression refers to an attribute that does not exist in the item",
            "SET z = absent + :one               | The provided expression refers to an attribute that does not exist in the item",
            "SET z = list_append(absent, :lx)    | The provided expression refers to an attribute that does not exist in the item",
            "SET absent.x = :v                   | The document path provided in the update expression is invalid for update",
            "SET s.x = :v                        | The document path provided in the update expression is invalid for update",
            "SET absent[0] = :v                  | The document path provided in the update expression is invalid for update",
            "SET m[0] = :v                       | The document path provided in the update expression is invalid for update",
            "SET l.x = :v                        | The document path provided in the update expression is invalid for update",
            "ADD absent.x :one                   | The document path provided in the update expression is invalid for update",
            "ADD s :one                          | An operand in the update expression has an incorrect data type",
            "ADD n :ssa                          | An operand in the update expression has an incorrect data type",
            "ADD ss :ns1                         | An operand in the update expression has an incorrect data type",
            "DELETE ss :ns1                      | An operand in the update expression has an incorrect data type",
            "DELETE n :ssa                       | An operand in the update expression has an incorrect data type",
            "SET n = n + :big38                  | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "SET n = :e50 + :one                 | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "SET n = :e50 - :one                 | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "SET n = :e125x9 + :e125x9           | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "ADD ns2 :e50                        | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "REMOVE m.zz.y                       | The document path provided in the update expression is invalid for update",
            "REMOVE s.x                          | The document path provided in the update expression is invalid for update",
            "REMOVE s[0]                         | The document path provided in the update expression is invalid for update",
            "REMOVE absent[0]                    | The document path provided in the update expression is invalid for update",
    })
    void refusesAtRunTime(String expression, String message) {
        Update update = Expressions.update(expression, ctx());
        assertEquals(message, validationMessage(() -> update.apply(obj(ITEM))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                  | The expression can not be empty;",
            "SET a = :v SET b = :v               | The \"SET\" section can only be used once in an update expression;",
            "set a = :v REMOVE b Set c = :v      | The \"SET\" section can only be used once in an update expression;",
            "REMOVE a REMOVE b                   | The \"REMOVE\" section can only be used once in an update expression;",
            "SET a = :v, a = :w                  | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
            "SET a = :v REMOVE a.b               | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
            "SET a.b[2] = :v ADD a :one          | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b, [2]], path two: [a]",
            "SET a.b = :v, a[0] = :v             | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]",
            "UPDATE a = :v                       | Syntax error; token: \"UPDATE\", near: \"UPDATE a\"",
            "SET a :v                            | Syntax error; token: \":v\", near: \"a :v\"",
            "SET a = :v,                         | Syntax error; token: \"<EOF>\", near: \",\"",
            "SET a = :v + :one + :one            | Syntax error; token: \"+\", near: \":one + :one\"",
            "ADD a b                             | Syntax error; token: \"b\", near: \"a b\"",
            "REMOVE a = :v                       | Syntax error; token: \"=\", near: \"a = :v\"",
            "SET a = :v + :one                   | Incorrect operand type for operator or function; operator or function: +, operand type: S",
            "SET a = b - :lx                     | Incorrect operand type for operator or function; operator or function: -, operand type: L",
            "SET a = list_append(:v, :lx)        | Incorrect operand type for operator or function; operator or function: list_append, operand type: S",
            "ADD a :v                            | Incorrect operand type for operator or function; operator: ADD, operand type: STRING",
            "ADD a :lx                           | Incorrect operand type for operator or function; operator: ADD, operand type: LIST",
            "DELETE a :one                       | Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER",
            "SET a = size(b)                     | The function is not allowed in an update expression; function: size",
            "SET a = attribute_exists(b)         | The function is not allowed in an update expression; function: attribute_exists",
            "SET a = foo(b)                      | Invalid function name; function: foo",
            "SET a = list_append(list_append(:lx, :lx), :lx) | The function is not allowed to be used this way in an expression; function: list_append",
            "SET _a = :v                         | Syntax error; token: \"_\", near: \"SET _a\"",
            "ADD hits : incr                     | Syntax error; token: \":\", near: \"hits : incr\"",
            "INVALID SYNTAX HERE                 | Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"",
            "'SET a = :v, #,b = :v'              | Syntax error; token: \"#\", near: \", #,\"",
            "SET a = :v!=:v                      | Syntax error; token: \"!\", near: \":v!=\"",
            "SET a = :v $<=                      | Syntax error; token: \"$\", near: \":v $<=\"",
            "SET a = if_not_exists(a, :v + :v)   | Syntax error; token: \"+\", near: \":v + :v\"",
            "SET a[:v] = :v                      | Syntax error; token: \":v\", near: \"[:v]\"",
            "SET :v = :v                         | Syntax error; token: \":v\", near: \"SET :v =\"",
            "SET a = IF_NOT_EXISTS(a, :v)        | Invalid function name; function: IF_NOT_EXISTS",
            "SET a = if_not_exists(:v, b)        | Operator or function requires a document path; operator or function: if_not_exists",
            "SET a = list_append(b)              | Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1",
            "SET status = :v                     | Attribute name is a reserved keyword; reserved keyword: status",
            "SET #nope = :v                      | An expression attribute name used in the document path is not defined; attribute name: #nope",
            "SET a = :nope                       | An expression attribute value used in expression is not defined; attribute value: :nope",
    })
    void refusesAtParseTime(String expression, String detail) {
        assertEquals("Invalid UpdateExpression: " + detail, validationMessage(() -> Expressions.update(expression, ctx())));
    }
}
