package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import id.pekalongan.batikberlian.dynamodb.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Token handling, document paths and operands shared by the parsers of every expression kind.
 *
 * <p>DynamoDB reports a syntax error before any other kind of error, even one found earlier in the text, so
 * other errors are held back until the whole expression has parsed; among those, reserved words come first, then
 * undefined names, then undefined values, then the rest, each in order of appearance.
 */
abstract class ParserBase {

    static final int RESERVED = 0;
    static final int UNDEFINED_NAME = 1;
    static final int UNDEFINED_VALUE = 2;
    static final int OTHER = 3;
    /** DynamoDB documents values nested up to 32 levels deep, and refuses deeper paths. */
    static final int MAX_NESTING = 32;

    final String text;
    final String label;
    final ExpressionContext ctx;
    final List<Token> tokens;
    int pos;
    private final String[] pending = new String[OTHER + 1];

    ParserBase(String text, String label, ExpressionContext ctx) {
        this.label = label;
        this.ctx = ctx;
        ctx.expressionParsed();
        if (text == null || text.isBlank()) {
            throw Errors.invalid(label, "The expression can not be empty;");
        }
        this.text = text;
        this.tokens = Lexer.tokenize(text, label);
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token advance() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    Token expect(Kind kind) {
        if (!peek().is(kind)) {
            throw syntaxError();
        }
        return advance();
    }

    DynamoDbException syntaxError() {
        return Errors.syntax(label, text, tokens, pos, text.length());
    }

    /** Records an error to be reported once the expression has parsed, unless an earlier-ranked one is pending. */
    void semantic(int rank, String message) {
        if (pending[rank] == null) {
            pending[rank] = message;
        }
    }

    /** Requires the end of the text, then reports the highest-ranked held-back error, if any. */
    void finish() {
        if (!peek().is(Kind.EOF)) {
            throw syntaxError();
        }
        for (String message : pending) {
            if (message != null) {
                throw Errors.invalid(label, message);
            }
        }
    }

    static boolean isOperatorKeyword(Token t) {
        return t.isKeyword("AND") || t.isKeyword("OR") || t.isKeyword("NOT") || t.isKeyword("BETWEEN")
                || t.isKeyword("IN");
    }

    boolean startsPath(Token t) {
        return t.is(Kind.NAME_REF) || (t.is(Kind.IDENT) && !isOperatorKeyword(t));
    }

    Path parsePath() {
        if (!startsPath(peek())) {
            throw syntaxError();
        }
        List<Object> parts = new ArrayList<>(4);
        parts.add(pathName(advance()));
        while (true) {
            if (peek().is(Kind.DOT)) {
                advance();
                Token t = peek();
                if (!t.is(Kind.IDENT) && !t.is(Kind.NAME_REF)) {
                    throw syntaxError();
                }
                parts.add(pathName(advance()));
            } else if (peek().is(Kind.LBRACKET)) {
                advance();
                Token t = expect(Kind.NUMBER);
                int index;
                try {
                    index = Integer.parseInt(t.text());
                } catch (NumberFormatException e) {
                    pos--;
                    throw syntaxError();
                }
                expect(Kind.RBRACKET);
                parts.add(index);
            } else {
                if (parts.size() > MAX_NESTING) {
                    semantic(OTHER, "The document path has too many nesting levels; nesting levels: " + parts.size());
                }
                return new Path(parts);
            }
        }
    }

    private String pathName(Token t) {
        if (t.is(Kind.NAME_REF)) {
            String name = ctx.name(t.text());
            if (name == null) {
                semantic(UNDEFINED_NAME, "An expression attribute name used in the document path is not defined; "
                        + "attribute name: " + t.text());
                return t.text();
            }
            return name;
        }
        if (!t.is(Kind.IDENT)) {
            pos--;
            throw syntaxError();
        }
        if (ReservedWords.isReserved(t.text())) {
            semantic(RESERVED, "Attribute name is a reserved keyword; reserved keyword: " + t.text());
        }
        return t.text();
    }

    Operand.Literal parseLiteral() {
        Token t = expect(Kind.VALUE_REF);
        JsonNode value = ctx.value(t.text());
        if (value == null) {
            semantic(UNDEFINED_VALUE, "An expression attribute value used in expression is not defined; "
                    + "attribute value: " + t.text());
        }
        return new Operand.Literal(t.text(), value);
    }

    /** A path, a value, or a function call whose arguments are operands in turn. */
    Operand parseOperand() {
        Token t = peek();
        if (t.is(Kind.VALUE_REF)) {
            return parseLiteral();
        }
        if (t.is(Kind.IDENT) && peek(1).is(Kind.LPAREN) && !isOperatorKeyword(t)) {
            return parseCall();
        }
        if (startsPath(t)) {
            return new Operand.PathRef(parsePath());
        }
        throw syntaxError();
    }

    Operand.Call parseCall() {
        String name = advance().text();
        expect(Kind.LPAREN);
        List<Operand> args = new ArrayList<>(2);
        if (!peek().is(Kind.RPAREN)) {
            args.add(parseOperand());
            while (peek().is(Kind.COMMA)) {
                advance();
                args.add(parseOperand());
            }
        }
        expect(Kind.RPAREN);
        return new Operand.Call(name, args);
    }

    /** Checks a call's arity; false (with the error held back) when it is wrong, so callers skip deeper checks. */
    boolean arity(Operand.Call call, int expected) {
        if (call.args().size() != expected) {
            semantic(OTHER, "Incorrect number of operands for operator or function; operator or function: "
                    + call.name() + ", number of operands: " + call.args().size());
            return false;
        }
        return true;
    }

    Path requirePath(Operand.Call call, Operand operand) {
        if (operand instanceof Operand.PathRef ref) {
            return ref.path();
        }
        semantic(OTHER, "Operator or function requires a document path; operator or function: " + call.name());
        return null;
    }

    /** The wire type of a literal operand, or null when the operand is not a (defined) literal. */
    static String literalType(Operand operand) {
        if (operand instanceof Operand.Literal literal && literal.value() != null) {
            return AttributeValues.type(literal.value());
        }
        return null;
    }

    static String describe(JsonNode value) {
        String type = AttributeValues.type(value);
        JsonNode body = value.get(type);
        return "{" + type + ":" + (body.isValueNode() ? body.asText() : body.toString()) + "}";
    }
}
