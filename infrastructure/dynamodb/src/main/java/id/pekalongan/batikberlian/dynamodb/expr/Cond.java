package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The parsed form of a condition: each node evaluates itself against an item. */
sealed interface Cond extends Condition {

    enum Comparator {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }
    }

    record And(Cond left, Cond right) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            return left.test(item) && right.test(item);
        }
    }

    record Or(Cond left, Cond right) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            return left.test(item) || right.test(item);
        }
    }

    record Not(Cond inner) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            return !inner.test(item);
        }
    }

    record Compare(Operand left, Comparator op, Operand right) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            JsonNode a = Evaluator.value(left, item);
            JsonNode b = Evaluator.value(right, item);
            switch (op) {
                case EQ:
                    return AttributeValues.equal(a, b);
                case NE:
                    // The negation of "=": a missing attribute or one of another type is not equal.
                    return !AttributeValues.equal(a, b);
                default:
                    Integer order = AttributeValues.compareIfComparable(a, b);
                    if (order == null) {
                        return false;
                    }
                    return switch (op) {
                        case LT -> order < 0;
                        case LE -> order <= 0;
                        case GT -> order > 0;
                        default -> order >= 0;
                    };
            }
        }
    }

    record Between(Operand value, Operand lower, Operand upper) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            JsonNode v = Evaluator.value(value, item);
            Integer low = AttributeValues.compareIfComparable(v, Evaluator.value(lower, item));
            if (low == null || low < 0) {
                return false;
            }
            Integer high = AttributeValues.compareIfComparable(v, Evaluator.value(upper, item));
            return high != null && high <= 0;
        }
    }

    record In(Operand value, List<Operand> options) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            JsonNode v = Evaluator.value(value, item);
            if (v == null) {
                return false;
            }
            for (Operand option : options) {
                if (AttributeValues.equal(v, Evaluator.value(option, item))) {
                    return true;
                }
            }
            return false;
        }
    }

    record Exists(Path path, boolean expected) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            return (path.resolve(item) != null) == expected;
        }
    }

    record AttributeType(Operand value, String type) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            JsonNode v = Evaluator.value(value, item);
            return v != null && AttributeValues.type(v).equals(type);
        }
    }

    record BeginsWith(Operand value, Operand prefix) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            return Evaluator.beginsWith(Evaluator.value(value, item), Evaluator.value(prefix, item));
        }
    }

    record Contains(Operand value, Operand element) implements Cond {
        @Override
        public boolean test(ObjectNode item) {
            return Evaluator.contains(Evaluator.value(value, item), Evaluator.value(element, item));
        }
    }
}
