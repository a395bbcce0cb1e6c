package id.pekalongan.batikberlian.dynamodb.expr;

import id.pekalongan.batikberlian.dynamodb.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Condition grammar (ConditionExpression, FilterExpression, and the shape of a KeyConditionExpression), with
 * DynamoDB's precedence: comparisons, IN, BETWEEN and functions bind tightest, then NOT, then AND, then OR.
 */
final class ConditionParser extends ParserBase {

    static final int MAX_IN_OPERANDS = 100;
    private static final Set<String> CONDITION_FUNCTIONS =
            Set.of("attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains");
    private static final Set<String> UPDATE_FUNCTIONS = Set.of("if_not_exists", "list_append");
    private static final Set<String> TYPE_NAMES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

    ConditionParser(String text, String label, ExpressionContext ctx) {
        super(text, label, ctx);
    }

    Cond parse() {
        Cond condition = parseOr();
        finish();
        return condition;
    }

    private Cond parseOr() {
        Cond left = parseAnd();
        while (peek().isKeyword("OR")) {
            advance();
            left = new Cond.Or(left, parseAnd());
        }
        return left;
    }

    private Cond parseAnd() {
        Cond left = parseNot();
        while (peek().isKeyword("AND")) {
            advance();
            left = new Cond.And(left, parseNot());
        }
        return left;
    }

    private Cond parseNot() {
        if (peek().isKeyword("NOT")) {
            advance();
            return new Cond.Not(parseNot());
        }
        return parsePrimary();
    }

    private Cond parsePrimary() {
        if (peek().is(Kind.LPAREN)) {
            // DynamoDB has been seen refusing some redundant parentheses ("The expression has redundant
            // parentheses;") yet accepts "((a = :a)) AND ((b = :b))"; its rule is not documented, so any
            // nesting is accepted rather than refusing expressions DynamoDB takes.
            advance();
            Cond inner = parseOr();
            expect(Kind.RPAREN);
            return inner;
        }
        Operand left = parseOperand();
        if (left instanceof Operand.Call call) {
            if (CONDITION_FUNCTIONS.contains(call.name())) {
                return function(call);
            }
            checkOperandCall(call);
            if (comparator(peek()) == null && !peek().isKeyword("BETWEEN") && !peek().isKeyword("IN")) {
                // A call standing alone as a condition: report it, not the missing comparator after it.
                if (call.name().equals("size")) {
                    semantic(OTHER, "The function is not allowed to be used this way in an expression; function: size");
                }
                return new Cond.Exists(null, true);
            }
        }
        Token t = peek();
        Cond.Comparator comparator = comparator(t);
        if (comparator != null) {
            advance();
            Operand right = operand();
            distinct(comparator.symbol, left, right);
            if (comparator != Cond.Comparator.EQ && comparator != Cond.Comparator.NE) {
                orderable(comparator.symbol, left, right);
            }
            return new Cond.Compare(left, comparator, right);
        }
        if (t.isKeyword("BETWEEN")) {
            advance();
            Operand lower = operand();
            if (!peek().isKeyword("AND")) {
                throw syntaxError();
            }
            advance();
            Operand upper = operand();
            orderable("BETWEEN", left, lower, upper);
            checkBounds(lower, upper);
            return new Cond.Between(left, lower, upper);
        }
        if (t.isKeyword("IN")) {
            advance();
            expect(Kind.LPAREN);
            List<Operand> options = new ArrayList<>();
            options.add(operand());
            while (peek().is(Kind.COMMA)) {
                advance();
                options.add(operand());
            }
            expect(Kind.RPAREN);
            // DynamoDB counts the value tested as one of the operands.
            if (options.size() + 1 > MAX_IN_OPERANDS) {
                semantic(OTHER, "The IN operator is provided with too many operands; number of operands: "
                        + (options.size() + 1));
            }
            return new Cond.In(left, List.copyOf(options));
        }
        throw syntaxError();
    }

    /** An operand in a comparison: a path, a value or size(); condition functions are not values. */
    private Operand operand() {
        Operand operand = parseOperand();
        if (operand instanceof Operand.Call call) {
            checkOperandCall(call);
        }
        return operand;
    }

    private void checkOperandCall(Operand.Call call) {
        String name = call.name();
        if (name.equals("size")) {
            if (arity(call, 1)) {
                requirePath(call, call.args().get(0));
            }
        } else if (CONDITION_FUNCTIONS.contains(name)) {
            semantic(OTHER, "The function is not allowed to be used this way in an expression; function: " + name);
        } else {
            unknownOrMisplaced(name);
        }
    }

    private void unknownOrMisplaced(String name) {
        if (UPDATE_FUNCTIONS.contains(name)) {
            semantic(OTHER, "The function is not allowed in a condition expression; function: " + name);
        } else {
            semantic(OTHER, "Invalid function name; function: " + name);
        }
    }

    private Cond function(Operand.Call call) {
        String name = call.name();
        for (Operand arg : call.args()) {
            if (arg instanceof Operand.Call inner) {
                checkOperandCall(inner);
            }
        }
        switch (name) {
            case "attribute_exists":
            case "attribute_not_exists": {
                Path path = arity(call, 1) ? requirePath(call, call.args().get(0)) : null;
                return new Cond.Exists(path, name.equals("attribute_exists"));
            }
            case "attribute_type": {
                if (!arity(call, 2)) {
                    return new Cond.AttributeType(null, null);
                }
                // Unlike attribute_exists, attribute_type also takes a value as its first operand.
                Operand value = call.args().get(0);
                Operand type = call.args().get(1);
                String typeName = null;
                if (!(type instanceof Operand.Literal literal)) {
                    semantic(OTHER, "Incorrect operand type for operator or function; operator or function: "
                            + "attribute_type, operand type: " + operandKind(type));
                } else if (literal.value() != null) {
                    String wire = AttributeValues.type(literal.value());
                    if (!wire.equals(AttributeValues.S)) {
                        semantic(OTHER, "Incorrect operand type for operator or function; operator or function: "
                                + "attribute_type, operand type: " + wire);
                    } else {
                        typeName = literal.value().get(wire).asText();
                        if (!TYPE_NAMES.contains(typeName)) {
                            semantic(OTHER, "Invalid attribute type name found; type: " + typeName
                                    + ", valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }");
                        }
                    }
                }
                return new Cond.AttributeType(value, typeName);
            }
            case "begins_with": {
                if (!arity(call, 2)) {
                    return new Cond.BeginsWith(null, null);
                }
                Operand value = call.args().get(0);
                Operand prefix = call.args().get(1);
                for (Operand arg : call.args()) {
                    String type = literalType(arg);
                    if (type != null && !type.equals(AttributeValues.S) && !type.equals(AttributeValues.B)) {
                        semantic(OTHER, "Incorrect operand type for operator or function; operator or function: "
                                + "begins_with, operand type: " + type);
                    }
                }
                distinct(name, value, prefix);
                return new Cond.BeginsWith(value, prefix);
            }
            default: {
                if (!arity(call, 2)) {
                    return new Cond.Contains(null, null);
                }
                Operand value = call.args().get(0);
                Operand element = call.args().get(1);
                distinct(name, value, element);
                return new Cond.Contains(value, element);
            }
        }
    }

    private static String operandKind(Operand operand) {
        return operand instanceof Operand.PathRef ? "PATH" : "FUNCTION";
    }

    /** DynamoDB refuses comparing a path with itself ("a = a"): it is always true or always false. */
    private void distinct(String operator, Operand first, Operand second) {
        if (first instanceof Operand.PathRef a && second instanceof Operand.PathRef b && a.equals(b)) {
            semantic(OTHER, "The first operand must be distinct from the remaining operands for this operator or "
                    + "function; operator: " + operator + ", first operand: " + a.path().describe());
        }
    }

    /**
     * A value written in the expression must be of a type the operator orders (S, N, B); a value of the item that
     * is not only makes the comparison false.
     */
    private void orderable(String operator, Operand... operands) {
        for (Operand operand : operands) {
            String type = literalType(operand);
            if (type != null && !type.equals(AttributeValues.S) && !type.equals(AttributeValues.N)
                    && !type.equals(AttributeValues.B)) {
                semantic(OTHER, "Incorrect operand type for operator or function; operator or function: " + operator
                        + ", operand type: " + type);
            }
        }
    }

    private void checkBounds(Operand lower, Operand upper) {
        if (lower instanceof Operand.Literal lo && upper instanceof Operand.Literal hi
                && lo.value() != null && hi.value() != null) {
            if (!AttributeValues.type(lo.value()).equals(AttributeValues.type(hi.value()))) {
                semantic(OTHER, "The BETWEEN operator requires same data type for lower and upper bounds; "
                        + "lower bound operand: AttributeValue: " + describe(lo.value())
                        + ", upper bound operand: AttributeValue: " + describe(hi.value()));
                return;
            }
            Integer order = AttributeValues.compareIfComparable(lo.value(), hi.value());
            if (order != null && order > 0) {
                semantic(OTHER, "The BETWEEN operator requires upper bound to be greater than or equal to lower "
                        + "bound; lower bound operand: AttributeValue: " + describe(lo.value())
                        + ", upper bound operand: AttributeValue: " + describe(hi.value()));
            }
        }
    }

    static Cond.Comparator comparator(Token t) {
        return switch (t.kind()) {
            case EQ -> Cond.Comparator.EQ;
            case NE -> Cond.Comparator.NE;
            case LT -> Cond.Comparator.LT;
            case LE -> Cond.Comparator.LE;
            case GT -> Cond.Comparator.GT;
            case GE -> Cond.Comparator.GE;
            default -> null;
        };
    }
}
