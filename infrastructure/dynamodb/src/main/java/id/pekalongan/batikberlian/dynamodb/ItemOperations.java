package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.Condition;
import id.pekalongan.batikberlian.dynamodb.expr.Projection;
import id.pekalongan.batikberlian.dynamodb.expr.Update;
import java.util.List;
import java.util.Set;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
final class ItemOperations {

    private final Database db;

    ItemOperations(Database db) {
        this.db = db;
    }

    /** An incoming item, checked: values, key attributes, index key types, size. */
    static ObjectNode checkedItem(TableSchema s, ObjectNode raw) {
        if (raw == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'item' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        ObjectNode item = Values.checkItem(raw);
        Keys.checkItem(s, item);
        if (ItemSize.of(item) > ItemSize.MAX_ITEM) {
            throw DynamoDbException.validation("Item size has exceeded the maximum allowed size");
        }
        return item;
    }

    /** An incoming Key, checked: exactly the key attributes, typed as declared, not empty. */
    static ObjectNode checkedKey(TableSchema s, ObjectNode raw) {
        if (raw == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'key' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        ObjectNode key = Values.checkItem(raw);
        Keys.checkKey(s, key);
        return key;
    }

    static String returnValues(ObjectNode req, Set<String> allowed) {
        String rv = Json.text(req, "ReturnValues");
        if (rv == null) {
            return "NONE";
        }
        if (!allowed.contains(rv)) {
            if (Set.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW").contains(rv)) {
                throw DynamoDbException.validation("ReturnValues can only be ALL_OLD or NONE");
            }
            throw DynamoDbException.validation("1 validation error detected: Value '" + rv + "' at 'returnValues' "
                    + "failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, "
                    + "ALL_OLD, NONE, UPDATED_NEW]");
        }
        return rv;
    }

    static boolean oldOnFailure(ObjectNode req) {
        return "ALL_OLD".equals(Json.text(req, "ReturnValuesOnConditionCheckFailure"));
    }

    ObjectNode put(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.text(req, "TableName"));
        ObjectNode item = checkedItem(t.schema, Json.obj(req, "Item"));
        return replace(req, t, Keys.tableKey(t.schema.keys(), item), item);
    }

    ObjectNode delete(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.text(req, "TableName"));
        ObjectNode keyItem = checkedKey(t.schema, Json.obj(req, "Key"));
        return replace(req, t, Keys.tableKey(t.schema.keys(), keyItem), null);
    }

    /** PutItem and DeleteItem alike: the item under the key becomes {@code next} (null: none) if the condition holds.
     */
    private ObjectNode replace(ObjectNode req, Table t, StoreKey key, ObjectNode next) {
        RequestExpressions ex = RequestExpressions.of(req);
        Condition cond = ex.condition();
        ex.done();
        String rv = returnValues(req, Set.of("NONE", "ALL_OLD"));
        boolean oldOnFailure = oldOnFailure(req);
        return db.write(List.of(t), changes -> {
            ObjectNode old = t.get(key);
            if (cond != null && !cond.test(old)) {
                throw DynamoDbException.conditionFailed(oldOnFailure ? old : null);
            }
            if (old != null || next != null) {
                changes.add(new Change(t, key, old, next));
            }
            ObjectNode res = Json.object();
            if (rv.equals("ALL_OLD") && old != null) {
                res.set("Attributes", old);
            }
            writeCapacity(req, res, t, old, next);
            return res;
        });
    }

    ObjectNode update(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.text(req, "TableName"));
        TableSchema s = t.schema;
        ObjectNode keyItem = checkedKey(s, Json.obj(req, "Key"));
        if (req.hasNonNull("AttributeUpdates") || req.hasNonNull("Expected")) {
            throw DynamoDbException.validation("The legacy parameters AttributeUpdates and Expected are not "
                    + "supported; use UpdateExpression and ConditionExpression");
        }
        RequestExpressions ex = RequestExpressions.of(req);
        Update update = ex.update();
        Condition cond = ex.condition();
        ex.done();
        if (update != null) {
            for (String a : update.topLevelAttributes()) {
                if (s.isKeyAttribute(a)) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update "
                            + "attribute " + a + ". This attribute is part of the key");
                }
            }
        }
        String rv = returnValues(req, Set.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"));
        boolean oldOnFailure = oldOnFailure(req);
        StoreKey key = Keys.tableKey(s.keys(), keyItem);
        return db.write(List.of(t), changes -> {
            ObjectNode old = t.get(key);
            if (cond != null && !cond.test(old)) {
                throw DynamoDbException.conditionFailed(oldOnFailure ? old : null);
            }
            ObjectNode next = updated(t.schema, old, keyItem, update);
            changes.add(new Change(t, key, old, next));
            ObjectNode res = Json.object();
            ObjectNode attrs = returned(rv, old, next, update);
            if (attrs != null) {
                res.set("Attributes", attrs);
            }
            writeCapacity(req, res, t, old, next);
            return res;
        });
    }

    /** The item an update leaves: the old one (or just the key) with the update applied, checked. */
    static ObjectNode updated(TableSchema s, ObjectNode old, ObjectNode keyItem, Update update) {
        ObjectNode base = old != null ? old : keyItem.deepCopy();
        // A REMOVE under a missing parent is refused on an existing item and ignored when the item is new.
        ObjectNode next = update == null ? base : update.apply(base, old != null);
        Keys.checkItem(s, next);
        if (ItemSize.of(next) > ItemSize.MAX_ITEM) {
            throw DynamoDbException.validation("Item size to update has exceeded the maximum allowed size");
        }
        return next;
    }

    /** What ReturnValues asks for, or null for nothing. */
    private static ObjectNode returned(String rv, ObjectNode old, ObjectNode next, Update update) {
        switch (rv) {
            case "ALL_OLD":
                return old;
            case "ALL_NEW":
                return next;
            case "UPDATED_OLD":
            case "UPDATED_NEW": {
                ObjectNode from = rv.equals("UPDATED_OLD") ? old : next;
                if (from == null || update == null) {
                    return null;
                }
                ObjectNode out = Json.object();
                for (String a : update.topLevelAttributes()) {
                    JsonNode v = from.get(a);
                    if (v != null) {
                        out.set(a, v);
                    }
                }
                return out.isEmpty() ? null : out;
            }
            default:
                return null;
        }
    }

    private static void writeCapacity(ObjectNode req, ObjectNode res, Table t, ObjectNode old, ObjectNode next) {
        if (!Capacity.wanted(req)) {
            return;
        }
        Capacity c = new Capacity(t.schema.name(), true);
        c.addTable(Capacity.writeUnits(Math.max(ItemSize.of(old), ItemSize.of(next))));
        c.addIndexWrites(t, old, next, 1);
        res.set("ConsumedCapacity", c.toJson(Capacity.indexes(req)));
    }

    ObjectNode get(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.text(req, "TableName"));
        ObjectNode keyItem = checkedKey(t.schema, Json.obj(req, "Key"));
        if (req.hasNonNull("AttributesToGet")) {
            throw DynamoDbException.validation("The legacy parameter AttributesToGet is not supported; use "
                    + "ProjectionExpression");
        }
        RequestExpressions ex = RequestExpressions.of(req);
        Projection projection = ex.projection();
        ex.done();
        boolean consistent = Json.bool(req, "ConsistentRead");
        StoreKey key = Keys.tableKey(t.schema.keys(), keyItem);
        ObjectNode item = db.read(t, () -> t.get(key));
        ObjectNode res = Json.object();
        if (item != null) {
            res.set("Item", projection == null ? item : projection.apply(item));
        }
        if (Capacity.wanted(req)) {
            Capacity c = new Capacity(t.schema.name(), false);
            c.addTable(Capacity.readUnits(ItemSize.of(item), consistent));
            res.set("ConsumedCapacity", c.toJson(Capacity.indexes(req)));
        }
        return res;
    }
}
