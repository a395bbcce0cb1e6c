package id.pekalongan.batikberlian.dynamodb.expr;

import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.util.List;

/** DynamoDB's wording for expression errors. */
final class Errors {

    private Errors() {
    }

    static DynamoDbException invalid(String label, String detail) {
        return DynamoDbException.validation("Invalid " + label + ": " + detail);
    }

    /**
     * DynamoDB names the offending token and quotes the text from the token before it to the token after it, e.g.
     * {@code a > b > c} gives token ">", near "b > c".
     *
     * @param scanEnd for a lexer error, where scanning stopped (no following token exists yet)
     */
    static DynamoDbException syntax(String label, String text, List<Token> tokens, int index, int scanEnd) {
        Token bad = tokens.get(index);
        int from = index > 0 ? tokens.get(index - 1).start() : bad.start();
        int to;
        if (bad.is(Token.Kind.EOF)) {
            to = bad.end();
        } else if (index + 1 < tokens.size()) {
            to = tokens.get(index + 1).end();
        } else {
            to = nextTokenEnd(text, scanEnd);
        }
        return invalid(label, "Syntax error; token: \"" + bad.display() + "\", near: \""
                + text.substring(from, Math.min(to, text.length())) + "\"");
    }

    /** For lexer errors: where the token after the bad character ends, standing in for the next token. */
    private static int nextTokenEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() ? from : Lexer.tokenEnd(text, i);
    }

    static String typeName(String type) {
        return switch (type) {
            case "S" -> "STRING";
            case "N" -> "NUMBER";
            case "B" -> "BINARY";
            case "BOOL" -> "BOOLEAN";
            case "NULL" -> "NULL";
            case "L" -> "LIST";
            case "M" -> "MAP";
            case "SS" -> "STRING_SET";
            case "NS" -> "NUMBER_SET";
            case "BS" -> "BINARY_SET";
            default -> type;
        };
    }
}
