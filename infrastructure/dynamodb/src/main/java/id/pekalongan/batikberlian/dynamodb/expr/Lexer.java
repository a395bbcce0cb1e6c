package id.pekalongan.batikberlian.dynamodb.expr;

import id.pekalongan.batikberlian.dynamodb.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; a character no token can start with is a syntax error right away. */
final class Lexer {

    private Lexer() {
    }

    static List<Token> tokenize(String text, String label) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Kind kind;
            if (isIdentStart(c)) {
                i++;
                while (i < n && isIdentPart(text.charAt(i))) {
                    i++;
                }
                kind = Kind.IDENT;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                kind = Kind.NUMBER;
            } else if (c == '#' || c == ':') {
                i++;
                while (i < n && isIdentPart(text.charAt(i))) {
                    i++;
                }
                if (i == start + 1) {
                    tokens.add(new Token(Kind.IDENT, String.valueOf(c), start, i));
                    throw Errors.syntax(label, text, tokens, tokens.size() - 1, i);
                }
                kind = c == '#' ? Kind.NAME_REF : Kind.VALUE_REF;
            } else {
                i++;
                switch (c) {
                    case '(' -> kind = Kind.LPAREN;
                    case ')' -> kind = Kind.RPAREN;
                    case '[' -> kind = Kind.LBRACKET;
                    case ']' -> kind = Kind.RBRACKET;
                    case ',' -> kind = Kind.COMMA;
                    case '.' -> kind = Kind.DOT;
                    case '=' -> kind = Kind.EQ;
                    case '+' -> kind = Kind.PLUS;
                    case '-' -> kind = Kind.MINUS;
                    case '<' -> {
                        if (i < n && text.charAt(i) == '=') {
                            i++;
                            kind = Kind.LE;
                        } else if (i < n && text.charAt(i) == '>') {
                            i++;
                            kind = Kind.NE;
                        } else {
                            kind = Kind.LT;
                        }
                    }
                    case '>' -> {
                        if (i < n && text.charAt(i) == '=') {
                            i++;
                            kind = Kind.GE;
                        } else {
                            kind = Kind.GT;
                        }
                    }
                    default -> {
                        if (Character.isHighSurrogate(c) && i < n) {
                            i++;
                        }
                        tokens.add(new Token(Kind.IDENT, text.substring(start, i), start, i));
                        throw Errors.syntax(label, text, tokens, tokens.size() - 1, i);
                    }
                }
            }
            tokens.add(new Token(kind, text.substring(start, i), start, i));
        }
        tokens.add(new Token(Kind.EOF, "", n, n));
        return tokens;
    }

    /** Where a token starting at {@code start} (not blank) ends, by the same rules as {@link #tokenize}. */
    static int tokenEnd(String text, int start) {
        int n = text.length();
        char c = text.charAt(start);
        int i = start + 1;
        if (isIdentStart(c) || c == '#' || c == ':') {
            while (i < n && isIdentPart(text.charAt(i))) {
                i++;
            }
        } else if (c >= '0' && c <= '9') {
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
        } else if ((c == '<' || c == '>') && i < n && (text.charAt(i) == '=' || (c == '<' && text.charAt(i) == '>'))) {
            i++;
        } else if (Character.isHighSurrogate(c) && i < n) {
            i++;
        }
        return i;
    }

    /** DynamoDB's lexer starts a bare name with a letter only ("_a" is a syntax error at "_"). */
    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '_';
    }
}
