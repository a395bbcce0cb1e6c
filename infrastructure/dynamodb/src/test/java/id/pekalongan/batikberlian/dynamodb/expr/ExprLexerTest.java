package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprLexerTest {

    private static String kinds(String text) {
        return Lexer.tokenize(text, "ConditionExpression").stream()
                .map(t -> t.kind() + (t.kind() == Token.Kind.EOF ? "" : "(" + t.text() + ")"))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a.b[12]              | IDENT(a) DOT(.) IDENT(b) LBRACKET([) NUMBER(12) RBRACKET(]) EOF",
            "#n1.#_x              | NAME_REF(#n1) DOT(.) NAME_REF(#_x) EOF",
            ":v_1<>:w             | VALUE_REF(:v_1) NE(<>) VALUE_REF(:w) EOF",
            "a<=b>=c<d>e=f        | IDENT(a) LE(<=) IDENT(b) GE(>=) IDENT(c) LT(<) IDENT(d) GT(>) IDENT(e) EQ(=) IDENT(f) EOF",
            "'  f( a , b )  '     | IDENT(f) LPAREN(() IDENT(a) COMMA(,) IDENT(b) RPAREN()) EOF",
            "a+:b-c               | IDENT(a) PLUS(+) VALUE_REF(:b) MINUS(-) IDENT(c) EOF",
            "A_1b                 | IDENT(A_1b) EOF",
            "#123                 | NAME_REF(#123) EOF",
    })
    void splitsTokens(String text, String expected) {
        assertEquals(expected, kinds(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a = :         | \":\"  | \"= :\"",
            "# = a         | \"#\"  | \"# =\"",
            "a ! b         | \"!\"  | \"a ! b\"",
            "a = @x        | \"@\"  | \"= @x\"",
            "a = é         | \"é\"  | \"= é\"",
            "_a = b        | \"_\"  | \"_a\"",
    })
    void refusesCharactersNoTokenStartsWith(String text, String token, String near) {
        assertEquals("Invalid ConditionExpression: Syntax error; token: " + token + ", near: " + near,
                validationMessage(() -> Lexer.tokenize(text, "ConditionExpression")));
    }
}
