package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.util.ArrayList;
import java.util.List;

/**
 * A KeyConditionExpression is a condition of a restricted shape: one equality, or two conditions joined by AND of
 * which one is an equality (the partition key) and the other one of =, <, <=, >, >=, BETWEEN, begins_with.
 */
final class KeyConditionParser {

    private KeyConditionParser() {
    }

    static KeyCondition parse(String text, ExpressionContext ctx) {
        Cond condition = new ConditionParser(text, "KeyConditionExpression", ctx).parse();
        List<Cond> parts = new ArrayList<>(2);
        flatten(condition, parts);
        if (parts.size() > 2) {
            throw DynamoDbException.validation("Conditions can be of length 1 or 2 only");
        }
        List<Part> keys = new ArrayList<>(2);
        for (Cond part : parts) {
            keys.add(part(part));
        }
        if (keys.size() == 2 && keys.get(0).name.equals(keys.get(1).name)) {
            throw DynamoDbException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        Part hash;
        Part range;
        if (keys.size() == 1) {
            hash = keys.get(0).op == KeyCondition.RangeOp.EQ ? keys.get(0) : null;
            range = hash == null ? keys.get(0) : null;
        } else if (keys.get(0).op == KeyCondition.RangeOp.EQ) {
            hash = keys.get(0);
            range = keys.get(1);
        } else if (keys.get(1).op == KeyCondition.RangeOp.EQ) {
            hash = keys.get(1);
            range = keys.get(0);
        } else {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        return new KeyCondition(hash == null ? null : hash.name, hash == null ? null : hash.value,
                range == null ? null : range.name, range == null ? null : range.op,
                range == null ? null : range.value, range == null ? null : range.value2);
    }

    private record Part(String name, KeyCondition.RangeOp op, JsonNode value, JsonNode value2) {
    }

    private static void flatten(Cond condition, List<Cond> parts) {
        if (condition instanceof Cond.And and) {
            flatten(and.left(), parts);
            flatten(and.right(), parts);
        } else {
            parts.add(condition);
        }
    }

    private static DynamoDbException invalidOperator(String operator) {
        return DynamoDbException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static Part part(Cond condition) {
        if (condition instanceof Cond.Or) {
            throw invalidOperator("OR");
        }
        if (condition instanceof Cond.Not) {
            throw invalidOperator("NOT");
        }
        if (condition instanceof Cond.In) {
            throw invalidOperator("IN");
        }
        if (condition instanceof Cond.Exists exists) {
            throw invalidOperator(exists.expected() ? "attribute_exists" : "attribute_not_exists");
        }
        if (condition instanceof Cond.AttributeType) {
            throw invalidOperator("attribute_type");
        }
        if (condition instanceof Cond.Contains) {
            throw invalidOperator("contains");
        }
        if (condition instanceof Cond.Compare compare) {
            if (compare.op() == Cond.Comparator.NE) {
                throw invalidOperator("<>");
            }
            rejectSize(compare.left(), compare.right());
            // DynamoDB also takes the value first (":v < sk"), which reads as the mirrored comparison.
            boolean mirrored = compare.left() instanceof Operand.Literal && compare.right() instanceof Operand.PathRef;
            Operand key = mirrored ? compare.right() : compare.left();
            Operand value = mirrored ? compare.left() : compare.right();
            KeyCondition.RangeOp op = switch (compare.op()) {
                case EQ -> KeyCondition.RangeOp.EQ;
                case LT -> mirrored ? KeyCondition.RangeOp.GT : KeyCondition.RangeOp.LT;
                case LE -> mirrored ? KeyCondition.RangeOp.GE : KeyCondition.RangeOp.LE;
                case GT -> mirrored ? KeyCondition.RangeOp.LT : KeyCondition.RangeOp.GT;
                default -> mirrored ? KeyCondition.RangeOp.LE : KeyCondition.RangeOp.GE;
            };
            return new Part(keyName(key), op, value(value), null);
        }
        if (condition instanceof Cond.Between between) {
            rejectSize(between.value(), between.lower(), between.upper());
            return new Part(keyName(between.value()), KeyCondition.RangeOp.BETWEEN, value(between.lower()),
                    value(between.upper()));
        }
        Cond.BeginsWith beginsWith = (Cond.BeginsWith) condition;
        rejectSize(beginsWith.value(), beginsWith.prefix());
        return new Part(keyName(beginsWith.value()), KeyCondition.RangeOp.BEGINS_WITH, value(beginsWith.prefix()),
                null);
    }

    private static void rejectSize(Operand... operands) {
        for (Operand operand : operands) {
            if (operand instanceof Operand.Call call) {
                throw invalidOperator(call.name());
            }
        }
    }

    private static String keyName(Operand operand) {
        if (!(operand instanceof Operand.PathRef ref)) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        if (ref.path().length() > 1) {
            throw DynamoDbException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
        }
        return ref.path().first();
    }

    private static JsonNode value(Operand operand) {
        if (!(operand instanceof Operand.Literal literal)) {
            throw DynamoDbException.validation("Query key condition not supported");
        }
        return literal.value();
    }
}
