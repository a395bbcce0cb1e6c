package id.pekalongan.batikberlian.dynamodb.expr;

import id.pekalongan.batikberlian.dynamodb.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** ProjectionExpression grammar: document paths separated by commas. */
final class ProjectionParser extends ParserBase {

    ProjectionParser(String text, ExpressionContext ctx) {
        super(text, "ProjectionExpression", ctx);
    }

    ProjectionImpl parse() {
        List<Path> paths = new ArrayList<>();
        paths.add(parsePath());
        while (peek().is(Kind.COMMA)) {
            advance();
            paths.add(parsePath());
        }
        finish();
        Path.requireDisjoint(label, paths);
        return new ProjectionImpl(paths);
    }
}
