package id.pekalongan.batikberlian.dynamodb.expr;

/** One lexeme of an expression; {@code start}/{@code end} locate it in the text for DynamoDB's "near" snippets. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        IDENT, NAME_REF, VALUE_REF, NUMBER,
        LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT,
        EQ, NE, LT, LE, GT, GE, PLUS, MINUS,
        EOF
    }

    /** Keywords (AND, OR, NOT, BETWEEN, IN, SET, …) are identifiers to the lexer, matched here without case. */
    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** The token as DynamoDB names it in a syntax error. */
    String display() {
        return kind == Kind.EOF ? "<EOF>" : text;
    }
}
