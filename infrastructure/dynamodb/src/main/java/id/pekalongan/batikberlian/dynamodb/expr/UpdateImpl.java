package id.pekalongan.batikberlian.dynamodb.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a parsed UpdateExpression. Every value is computed from the item as it was before the update (so
 * {@code SET a = b, b = a} swaps), then written: SETs first with list indexes ascending (so several appends keep
 * their order), ADD and DELETE next, REMOVEs last with list indexes descending (so each index means the element
 * it named before the update).
 */
final class UpdateImpl implements Update {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<UpdateAction> sets = new ArrayList<>();
    private final List<UpdateAction> addsAndDeletes = new ArrayList<>();
    private final List<UpdateAction> removes = new ArrayList<>();
    private final Set<String> topLevel = new LinkedHashSet<>();

    UpdateImpl(List<UpdateAction> actions) {
        for (UpdateAction action : actions) {
            topLevel.add(action.path().first());
            if (action instanceof UpdateAction.Set) {
                sets.add(action);
            } else if (action instanceof UpdateAction.Remove) {
                removes.add(action);
            } else {
                addsAndDeletes.add(action);
            }
        }
        sets.sort(Comparator.comparingInt(UpdateImpl::lastIndex));
        removes.sort(Comparator.comparingInt(UpdateImpl::lastIndex).reversed());
    }

    private static int lastIndex(UpdateAction action) {
        Object last = action.path().parts().get(action.path().length() - 1);
        return last instanceof Integer index ? index : -1;
    }

    @Override
    public Set<String> topLevelAttributes() {
        return Collections.unmodifiableSet(topLevel);
    }

    @Override
    public ObjectNode apply(ObjectNode item) {
        return apply(item, item != null);
    }

    @Override
    public ObjectNode apply(ObjectNode item, boolean itemExists) {
        ObjectNode original = item == null ? JSON.objectNode() : item;
        List<JsonNode> setValues = new ArrayList<>(sets.size());
        for (UpdateAction action : sets) {
            setValues.add(value(((UpdateAction.Set) action).value(), original));
        }
        List<JsonNode> results = new ArrayList<>(addsAndDeletes.size());
        for (UpdateAction action : addsAndDeletes) {
            JsonNode current = action.path().resolve(original);
            results.add(action instanceof UpdateAction.Add add ? add(current, add.value())
                    : delete(current, ((UpdateAction.Delete) action).value()));
        }
        ObjectNode copy = original.deepCopy();
        for (int i = 0; i < sets.size(); i++) {
            DocumentWriter.set(copy, sets.get(i).path(), setValues.get(i));
        }
        for (int i = 0; i < addsAndDeletes.size(); i++) {
            Path path = addsAndDeletes.get(i).path();
            JsonNode result = results.get(i);
            if (result != null) {
                DocumentWriter.set(copy, path, result);
            } else if (addsAndDeletes.get(i) instanceof UpdateAction.Delete && path.resolve(original) != null) {
                DocumentWriter.remove(copy, path);
            }
        }
        for (UpdateAction action : removes) {
            if (itemExists || action.path().length() == 1) {
                DocumentWriter.remove(copy, action.path());
            }
        }
        return copy;
    }

    private static DynamoDbException wrongType() {
        return DynamoDbException.validation("An operand in the update expression has an incorrect data type");
    }

    /** The value of a SET operand; a path the item lacks is an error (unless under if_not_exists). */
    private static JsonNode value(Operand operand, ObjectNode item) {
        if (operand instanceof Operand.Literal literal) {
            return literal.value();
        }
        if (operand instanceof Operand.PathRef ref) {
            JsonNode v = ref.path().resolve(item);
            if (v == null) {
                throw DynamoDbException.validation(
                        "The provided expression refers to an attribute that does not exist in the item");
            }
            return v;
        }
        if (operand instanceof Operand.Arithmetic arithmetic) {
            JsonNode a = value(arithmetic.left(), item);
            JsonNode b = value(arithmetic.right(), item);
            if (!isNumber(a) || !isNumber(b)) {
                throw wrongType();
            }
            BigDecimal x = Numbers.of(a.get(AttributeValues.N).asText());
            BigDecimal y = Numbers.of(b.get(AttributeValues.N).asText());
            return number(arithmetic.plus() ? x.add(y) : x.subtract(y));
        }
        Operand.Call call = (Operand.Call) operand;
        if (call.name().equals("if_not_exists")) {
            JsonNode existing = ((Operand.PathRef) call.args().get(0)).path().resolve(item);
            return existing != null ? existing : value(call.args().get(1), item);
        }
        JsonNode first = value(call.args().get(0), item);
        JsonNode second = value(call.args().get(1), item);
        JsonNode a = first.get(AttributeValues.L);
        JsonNode b = second.get(AttributeValues.L);
        if (a == null || b == null) {
            throw wrongType();
        }
        ArrayNode joined = JSON.arrayNode(a.size() + b.size());
        joined.addAll((ArrayNode) a);
        joined.addAll((ArrayNode) b);
        return AttributeValues.wrap(AttributeValues.L, joined);
    }

    private static boolean isNumber(JsonNode value) {
        return AttributeValues.N.equals(AttributeValues.type(value));
    }

    private static JsonNode number(BigDecimal value) {
        return AttributeValues.wrap(AttributeValues.N, JSON.textNode(Numbers.canonical(Numbers.checkComputed(value))));
    }

    /** ADD: a missing attribute starts at zero or the empty set. */
    private static JsonNode add(JsonNode current, JsonNode value) {
        String type = AttributeValues.type(value);
        if (current == null) {
            return value;
        }
        if (!AttributeValues.type(current).equals(type)) {
            throw wrongType();
        }
        if (type.equals(AttributeValues.N)) {
            return number(Numbers.of(current.get(type).asText()).add(Numbers.of(value.get(type).asText())));
        }
        JsonNode existing = current.get(type);
        ArrayNode union = JSON.arrayNode(existing.size() + value.get(type).size());
        union.addAll((ArrayNode) existing);
        for (JsonNode element : value.get(type)) {
            if (!AttributeValues.setContains(type, union, element)) {
                union.add(element);
            }
        }
        return AttributeValues.wrap(type, union);
    }

    /** DELETE: null when the set ends up empty (then the attribute goes, as DynamoDB stores no empty set). */
    private static JsonNode delete(JsonNode current, JsonNode value) {
        if (current == null) {
            return null;
        }
        String type = AttributeValues.type(value);
        if (!AttributeValues.type(current).equals(type)) {
            throw wrongType();
        }
        JsonNode removed = value.get(type);
        ArrayNode rest = JSON.arrayNode();
        for (JsonNode element : current.get(type)) {
            if (!AttributeValues.setContains(type, removed, element)) {
                rest.add(element);
            }
        }
        return rest.isEmpty() ? null : AttributeValues.wrap(type, rest);
    }
}
