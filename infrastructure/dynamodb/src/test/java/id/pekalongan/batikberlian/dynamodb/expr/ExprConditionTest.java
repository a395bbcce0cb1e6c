package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.obj;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprConditionTest {

    static final ObjectNode ITEM = obj("""
            {"id":{"S":"k1"},"n":{"N":"10"},"big":{"N":"12345678901234567890123456789012345678"},
             "s":{"S":"hello"},"e":{"S":""},"b":{"B":"AAEC"},
             "ss":{"SS":["a","b"]},"ns":{"NS":["1","2.5"]},"bs":{"BS":["AAE="]},
             "l":{"L":[{"S":"x"},{"N":"1"},{"M":{"deep":{"S":"y"}}}]},
             "m":{"M":{"a":{"N":"1"},"b":{"M":{"c":{"S":"z"}}},"lst":{"L":[{"N":"5"}]}}},
             "t":{"BOOL":true},"nul":{"NULL":true},"hi":{"S":"\\uFFFF"},"emoji":{"S":"\\uD83D\\uDE00"},
             "status":{"S":"open"},
             "mixed":{"S":"\u00e9\uD834\uDD1E"}}""");

    static final String NAMES = """
            {"#s":"status","#m":"m","#a":"a"}""";

    static final String VALUES = """
            {":ten":{"N":"10"},":ten0":{"N":"10.00"},":nine":{"N":"9"},":eleven":{"N":"11"},
             ":big":{"N":"12345678901234567890123456789012345678"},
             ":bigm1":{"N":"12345678901234567890123456789012345677"},
             ":hello":{"S":"hello"},":he":{"S":"he"},":ell":{"S":"ell"},":a":{"S":"a"},":x":{"S":"x"},
             ":one":{"N":"1"},":two":{"N":"2"},":three":{"N":"3"},":five":{"N":"5"},":zero":{"N":"0"},
             ":two5":{"N":"2.50"},":s10":{"S":"10"},":b01":{"B":"AAE="},":b12":{"B":"AQI="},":b02":{"B":"AAI="},":b0":{"B":"AA=="},
             ":typeS":{"S":"S"},":typeN":{"S":"N"},":typeSS":{"S":"SS"},":typeM":{"S":"M"},
             ":typeBOOL":{"S":"BOOL"},":typeNULL":{"S":"NULL"},":typeL":{"S":"L"},
             ":open":{"S":"open"},":emoji":{"S":"\\uD83D\\uDE00"},":hi":{"S":"\\uFFFF"},
             ":mdeep":{"M":{"deep":{"S":"y"}}},":mc":{"M":{"c":{"S":"z"}}},":empty":{"S":""},
             ":true":{"BOOL":true},":null":{"NULL":true}}""";

    static ExpressionContext ctx() {
        return new ExpressionContext(obj(NAMES), obj(VALUES));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // equality, numbers by value, types must match
            "n = :ten                     | true",
            "n = :ten0                    | true",
            "n <> :ten                    | false",
            "n <> :nine                   | true",
            "n = :s10                     | false",
            "n <> :s10                    | true",
            "absent = :ten               | false",
            "absent <> :ten              | true",
            "t = :true                    | true",
            "nul = :null                  | true",
            "m.b = :mc                    | true",
            // ordering
            "n < :eleven                  | true",
            "n > :eleven                  | false",
            "n >= :ten                    | true",
            "n <= :nine                   | false",
            "n < :s10                     | false",
            "n > :s10                     | false",
            "absent < :ten               | false",
            "absent >= :ten              | false",
            "s > :he                      | true",
            "s < :he                      | false",
            "big > :bigm1                 | true",
            "big = :big                   | true",
            "hi < :emoji                  | true",
            "emoji > :hi                  | true",
            "b > :b01                     | true",
            "m < :ten                     | false",
            ":ten > m                     | false",
            "n < s                        | false",
            // BETWEEN and IN
            "n BETWEEN :nine AND :eleven  | true",
            "n BETWEEN :ten AND :ten      | true",
            "n BETWEEN :eleven AND :eleven | false",
            "s BETWEEN :he AND :x         | true",
            "n BETWEEN :he AND :hello     | false",
            "n BETWEEN s AND :eleven      | false",
            "absent BETWEEN :one AND :ten | false",
            "n IN (:one, :ten)            | true",
            "n IN (:one, :nine)           | false",
            "n IN (:ten0)                 | true",
            "absent IN (:one)            | false",
            "s IN (:hello)                | true",
            // existence and paths
            "attribute_exists(n)          | true",
            "attribute_exists(absent)    | false",
            "attribute_not_exists(absent) | true",
            "attribute_not_exists(m.a)    | false",
            "attribute_exists(m.b.c)      | true",
            "attribute_exists(m.b.zz)     | false",
            "attribute_exists(l[2].deep)  | true",
            "attribute_exists(l[3])       | false",
            "attribute_exists(s.x)        | false",
            "attribute_exists(l.x)        | false",
            "attribute_exists(m[0])       | false",
            "attribute_exists(e)          | true",
            "#s = :open                   | true",
            "#m.#a = :one                 | true",
            "m.lst[0] = :five            | true",
            "l[1] = :one                  | true",
            "l[0] = :x                    | true",
            // attribute_type
            "attribute_type(n, :typeN)    | true",
            "attribute_type(n, :typeS)    | false",
            "attribute_type(ss, :typeSS)  | true",
            "attribute_type(m, :typeM)    | true",
            "attribute_type(l, :typeL)    | true",
            "attribute_type(t, :typeBOOL) | true",
            "attribute_type(nul, :typeNULL) | true",
            "attribute_type(absent, :typeS) | false",
            "attribute_type(:ten, :typeN) | true",
            "attribute_type(m.b, :typeM)  | true",
            // begins_with
            "begins_with(s, :he)          | true",
            "begins_with(s, :ell)         | false",
            "begins_with(s, :empty)       | true",
            "begins_with(b, :b0)          | true",
            "begins_with(b, :b01)         | true",
            "begins_with(s, :b0)          | false",
            "begins_with(n, :he)          | false",
            "begins_with(absent, :he)    | false",
            "begins_with(:hello, s)       | true",
            // contains
            "contains(s, :ell)            | true",
            "contains(s, :a)              | false",
            "contains(ss, :a)             | true",
            "contains(ss, :x)             | false",
            "contains(ns, :two5)          | true",
            "contains(ns, :one)           | true",
            "contains(ns, :a)             | false",
            "contains(bs, :b01)           | true",
            "contains(b, :b01)            | true",
            "contains(b, :b12)            | true",
            "contains(b, :b02)            | false",
            "contains(b, :ell)            | false",
            "contains(l, :x)              | true",
            "contains(l, :one)            | true",
            "contains(l, :mdeep)          | true",
            "contains(l, :a)              | false",
            "contains(n, :one)            | false",
            "contains(absent, :a)        | false",
            // size
            "size(s) = :five              | true",
            "size(emoji) = :two           | true",
            "size(mixed) = :three         | true",
            "size(b) = :three             | true",
            "size(ss) = :two              | true",
            "size(l) = :three             | true",
            "size(m) > :two               | true",
            "size(e) = :zero              | true",
            "size(n) = :two               | false",
            "size(absent) = :zero        | false",
            "size(l[2]) = :one            | true",
            // logic and precedence
            "NOT attribute_exists(absent) | true",
            "NOT n = :ten                 | false",
            "NOT NOT n = :ten             | true",
            "n = :ten AND s = :hello      | true",
            "n = :ten AND s = :he         | false",
            "n = :nine OR s = :hello      | true",
            "n = :nine OR s = :he         | false",
            "n = :ten OR s = :hello AND s = :he | true",
            "(n = :ten OR s = :hello) AND s = :he | false",
            "NOT n = :nine AND n = :nine  | false",
            "NOT (n = :nine AND n = :nine) | true",
            "n = :ten and s = :hello      | true",
            "n between :nine aNd :eleven  | true",
            "n in (:ten)                  | true",
            "not n = :nine                | true",
            "((n = :ten) OR s = :he) AND (s = :hello) | true",
            "((n = :ten)) AND ((s = :hello)) | true",
            "(n = :ten AND (s = :hello))  | true",
            "(((NOT n = :ten)))           | false",
    })
    void evaluates(String expression, boolean expected) {
        assertEquals(expected, Expressions.condition(expression, ctx()).test(ITEM));
        assertEquals(expected, Expressions.filter(expression, ctx()).test(ITEM));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "n = :ten                                         | n",
            "attribute_exists(m.a) AND NOT #s = :open         | m, status",
            "size(l[0]) > :one OR s BETWEEN e AND :x          | l, s, e",
            "begins_with(s, hi) AND contains(ss, b) AND n IN (:one, big) | s, hi, ss, b, n, big",
            "attribute_type(t, :typeBOOL) AND :ten = n        | t, n",
    })
    void namesTheTopLevelAttributesItReads(String expression, String expected) {
        assertEquals(expected, String.join(", ", Expressions.attributesRead(Expressions.filter(expression, ctx()))));
    }

    @Test
    void noItemMeansEveryAttributeIsMissing() {
        assertTrue(Expressions.condition("attribute_not_exists(id)", ctx()).test(null));
        assertFalse(Expressions.condition("attribute_exists(id)", ctx()).test(null));
        assertFalse(Expressions.condition("n = :ten", ctx()).test(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                           | The expression can not be empty;",
            "'   '                        | The expression can not be empty;",
            "a > b > c                    | Syntax error; token: \">\", near: \"b > c\"",
            "n =                          | Syntax error; token: \"<EOF>\", near: \"=\"",
            "n = = :ten                   | Syntax error; token: \"=\", near: \"= = :ten\"",
            "n = :ten AND                 | Syntax error; token: \"<EOF>\", near: \"AND\"",
            "(n = :ten                    | Syntax error; token: \"<EOF>\", near: \":ten\"",
            "n = :ten)                    | Syntax error; token: \")\", near: \":ten)\"",
            "n = :ten n                   | Syntax error; token: \"n\", near: \":ten n\"",
            "n $ :ten                     | Syntax error; token: \"$\", near: \"n $ :ten\"",
            "a.b[x] = :ten                | Syntax error; token: \"x\", near: \"[x]\"",
            "l[-1] = :one                 | Syntax error; token: \"-\", near: \"[-1\"",
            "a..b = :one                  | Syntax error; token: \".\", near: \"..b\"",
            "n BETWEEN :one               | Syntax error; token: \"<EOF>\", near: \":one\"",
            "n IN ()                      | Syntax error; token: \")\", near: \"()\"",
            "n = AND                      | Syntax error; token: \"AND\", near: \"= AND\"",
            "n                            | Syntax error; token: \"<EOF>\", near: \"n\"",
            "status = :open               | Attribute name is a reserved keyword; reserved keyword: status",
            "STATUS = :open               | Attribute name is a reserved keyword; reserved keyword: STATUS",
            "m.size = :one                | Attribute name is a reserved keyword; reserved keyword: size",
            "#nope = :ten                 | An expression attribute name used in the document path is not defined; attribute name: #nope",
            "n = :nope                    | An expression attribute value used in expression is not defined; attribute value: :nope",
            "n = :nope AND status = :open | Attribute name is a reserved keyword; reserved keyword: status",
            "n = :nope AND #nope = :ten   | An expression attribute name used in the document path is not defined; attribute name: #nope",
            "foo(n) = :ten                | Invalid function name; function: foo",
            "foo(n)                       | Invalid function name; function: foo",
            "ATTRIBUTE_EXISTS(n)          | Invalid function name; function: ATTRIBUTE_EXISTS",
            "attribute_exists(n, s)       | Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2",
            "contains(s)                  | Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1",
            "attribute_exists(:ten)       | Operator or function requires a document path; operator or function: attribute_exists",
            "attribute_type(n, :ten)      | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
            "attribute_type(n, :hello)    | Invalid attribute type name found; type: hello, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }",
            "begins_with(s, :ten)         | Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
            "contains(s, s)               | The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [s]",
            "m.a = m.a                    | The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [m, a]",
            "size(n)                      | The function is not allowed to be used this way in an expression; function: size",
            "size(:ten) = :one            | Operator or function requires a document path; operator or function: size",
            "n = attribute_exists(s)      | The function is not allowed to be used this way in an expression; function: attribute_exists",
            "if_not_exists(n, :ten) = :ten | The function is not allowed in a condition expression; function: if_not_exists",
            "n BETWEEN :eleven AND :nine  | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:11}, upper bound operand: AttributeValue: {N:9}",
            "s BETWEEN :x AND :he         | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:x}, upper bound operand: AttributeValue: {S:he}",
            "m < :mc                      | Incorrect operand type for operator or function; operator or function: <, operand type: M",
            ":mc >= n                     | Incorrect operand type for operator or function; operator or function: >=, operand type: M",
            "n BETWEEN :mc AND :mc        | Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: M",
            "n BETWEEN :hello AND :nine   | The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {S:hello}, upper bound operand: AttributeValue: {N:9}",
            "attribute_type(n, s)         | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: PATH",
    })
    void refuses(String expression, String detail) {
        assertEquals("Invalid ConditionExpression: " + detail,
                validationMessage(() -> Expressions.condition(expression, ctx())));
        assertEquals("Invalid FilterExpression: " + detail,
                validationMessage(() -> Expressions.filter(expression, ctx())));
    }

    @Test
    void inTakesAtMostOneHundredOperandsCountingTheValueTested() {
        StringJoiner hundred = new StringJoiner(", ", "n IN (", ")");
        for (int i = 0; i < 99; i++) {
            hundred.add(":ten");
        }
        assertTrue(Expressions.condition(hundred.toString(), ctx()).test(ITEM));
        String hundredAndOne = hundred.toString().replace("(", "(:one, ");
        assertEquals("Invalid ConditionExpression: The IN operator is provided with too many operands; "
                + "number of operands: 101", validationMessage(() -> Expressions.condition(hundredAndOne, ctx())));
    }

    @Test
    void everyReservedWordIsRefusedBareAndAcceptedAsPlaceholder() {
        assertEquals(573, ReservedWords.count());
        for (String word : new String[] {"ABORT", "count", "Name", "zone", "flattern", "data", "key", "year"}) {
            assertEquals("Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: "
                    + word, validationMessage(() -> Expressions.condition("attribute_exists(" + word + ")",
                            ExpressionContext.empty())));
        }
        ExpressionContext names = new ExpressionContext(obj("{\"#k\":\"key\"}"), null);
        assertTrue(Expressions.condition("attribute_not_exists(#k)", names).test(ITEM));
    }

    @Test
    void nearQuotesTheTextAroundTheToken() {
        assertEquals("Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"(\"",
                validationMessage(() -> Expressions.condition("attribute_exists(", ctx())));
    }
}
