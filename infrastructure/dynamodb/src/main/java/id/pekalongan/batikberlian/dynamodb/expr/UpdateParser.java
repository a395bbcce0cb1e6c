package id.pekalongan.batikberlian.dynamodb.expr;

import id.pekalongan.batikberlian.dynamodb.expr.Token.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** UpdateExpression grammar: SET, REMOVE, ADD and DELETE clauses, each at most once, in any order. */
final class UpdateParser extends ParserBase {

    private static final Set<String> CLAUSES = Set.of("SET", "REMOVE", "ADD", "DELETE");
    private static final Set<String> CONDITION_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
            "attribute_type", "begins_with", "contains", "size");

    UpdateParser(String text, ExpressionContext ctx) {
        super(text, "UpdateExpression", ctx);
    }

    UpdateImpl parse() {
        List<UpdateAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        do {
            Token t = peek();
            String clause = t.is(Kind.IDENT) ? t.text().toUpperCase(Locale.ROOT) : "";
            if (!CLAUSES.contains(clause)) {
                throw syntaxError();
            }
            advance();
            if (!seen.add(clause)) {
                semantic(OTHER, "The \"" + clause + "\" section can only be used once in an update expression;");
            }
            actions.add(action(clause));
            while (peek().is(Kind.COMMA)) {
                advance();
                actions.add(action(clause));
            }
        } while (!peek().is(Kind.EOF));
        finish();
        List<Path> paths = new ArrayList<>(actions.size());
        for (UpdateAction action : actions) {
            paths.add(action.path());
        }
        Path.requireDisjoint(label, paths);
        return new UpdateImpl(actions);
    }

    private UpdateAction action(String clause) {
        Path path = parsePath();
        switch (clause) {
            case "SET": {
                expect(Kind.EQ);
                return new UpdateAction.Set(path, value());
            }
            case "REMOVE":
                return new UpdateAction.Remove(path);
            case "ADD": {
                Operand.Literal literal = parseLiteral();
                String type = literalType(literal);
                if (type != null && !type.equals(AttributeValues.N) && !AttributeValues.isSet(type)) {
                    semantic(OTHER, "Incorrect operand type for operator or function; operator: ADD, operand type: "
                            + Errors.typeName(type));
                }
                return new UpdateAction.Add(path, literal.value());
            }
            default: {
                Operand.Literal literal = parseLiteral();
                String type = literalType(literal);
                if (type != null && !AttributeValues.isSet(type)) {
                    semantic(OTHER, "Incorrect operand type for operator or function; operator: DELETE, "
                            + "operand type: " + Errors.typeName(type));
                }
                return new UpdateAction.Delete(path, literal.value());
            }
        }
    }

    /** The right side of SET: an operand, or exactly one sum or difference of two. */
    private Operand value() {
        Operand left = operand();
        if (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
            boolean plus = advance().is(Kind.PLUS);
            Operand right = operand();
            for (Operand side : new Operand[] {left, right}) {
                String type = literalType(side);
                if (type != null && !type.equals(AttributeValues.N)) {
                    semantic(OTHER, "Incorrect operand type for operator or function; operator or function: "
                            + (plus ? "+" : "-") + ", operand type: " + type);
                }
            }
            return new Operand.Arithmetic(left, plus, right);
        }
        return left;
    }

    private Operand operand() {
        Operand operand = parseOperand();
        if (operand instanceof Operand.Call call) {
            check(call);
        }
        return operand;
    }

    private void check(Operand.Call call) {
        String name = call.name();
        for (Operand arg : call.args()) {
            if (arg instanceof Operand.Call inner) {
                if (name.equals("list_append") && inner.name().equals("list_append")) {
                    // DynamoDB accepts if_not_exists inside list_append, but not list_append inside itself.
                    semantic(OTHER, "The function is not allowed to be used this way in an expression; function: "
                            + "list_append");
                }
                check(inner);
            }
        }
        switch (name) {
            case "if_not_exists":
                if (arity(call, 2)) {
                    requirePath(call, call.args().get(0));
                }
                break;
            case "list_append":
                if (arity(call, 2)) {
                    for (Operand arg : call.args()) {
                        String type = literalType(arg);
                        if (type != null && !type.equals(AttributeValues.L)) {
                            semantic(OTHER, "Incorrect operand type for operator or function; operator or function: "
                                    + "list_append, operand type: " + type);
                        }
                    }
                }
                break;
            default:
                if (CONDITION_FUNCTIONS.contains(name)) {
                    semantic(OTHER, "The function is not allowed in an update expression; function: " + name);
                } else {
                    semantic(OTHER, "Invalid function name; function: " + name);
                }
        }
    }
}
