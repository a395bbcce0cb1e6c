package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.Condition;
import id.pekalongan.batikberlian.dynamodb.expr.Projection;
import id.pekalongan.batikberlian.dynamodb.expr.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TransactWriteItems and TransactGetItems. A write transaction takes the write locks of all its tables (in name
 * order), checks every condition first, and only if all hold applies every change in one commit; otherwise it is
 * cancelled with one reason per action, in request order. A ClientRequestToken makes it idempotent for 10 minutes.
 */
final class Transactions {

    static final long TOKEN_MILLIS = 10 * 60 * 1000;
    static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Database db;

    /** A token's first successful request and answer; its monitor orders concurrent retries of one token. */
    private static final class TokenEntry {
        String request;
        ObjectNode answer;
        long at;
    }

    private final ConcurrentHashMap<String, TokenEntry> tokens = new ConcurrentHashMap<>();

    Transactions(Database db) {
        this.db = db;
    }

    ObjectNode write(ObjectNode req, RequestContext ctx) {
        String token = Json.text(req, "ClientRequestToken");
        if (token == null) {
            return execute(req);
        }
        if (token.isEmpty() || token.length() > 36) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + token + "' at "
                    + "'clientRequestToken' failed to satisfy constraint: Member must have length less than or "
                    + "equal to 36");
        }
        long now = EngineClock.millis();
        if (tokens.size() > 10_000) {
            tokens.values().removeIf(e -> e.answer != null && now - e.at > TOKEN_MILLIS);
        }
        String fingerprint = req.deepCopy().without("ReturnConsumedCapacity").toString();
        TokenEntry e = tokens.computeIfAbsent(token, k -> new TokenEntry());
        synchronized (e) {
            if (e.answer != null && now - e.at <= TOKEN_MILLIS) {
                if (!e.request.equals(fingerprint)) {
                    throw new DynamoDbException(DynamoDbException.IDEMPOTENT_MISMATCH, 400,
                            "Request Idempotency parameters for transaction has been changed");
                }
                return e.answer.deepCopy();
            }
            ObjectNode answer = execute(req);
            e.request = fingerprint;
            e.answer = answer;
            e.at = now;
            return answer.deepCopy();
        }
    }

    private ObjectNode execute(ObjectNode req) {
        ArrayNode items = Json.arr(req, "TransactItems");
        if (items == null || items.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'transactItems' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        if (items.size() > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '[...]' at 'transactItems' failed "
                    + "to satisfy constraint: Member must have length less than or equal to 100");
        }
        List<TransactAction> actions = new ArrayList<>();
        Map<Table, TreeSet<StoreKey>> seen = new LinkedHashMap<>();
        long bytes = 0;
        for (JsonNode a : items) {
            TransactAction action = parse((ObjectNode) a);
            if (action instanceof TransactAction.Put p) {
                bytes += ItemSize.of(p.item());
            }
            if (!seen.computeIfAbsent(action.table(), t -> new TreeSet<>()).add(action.key())) {
                throw DynamoDbException.validation("Transaction request cannot include multiple operations on one "
                        + "item");
            }
            actions.add(action);
        }
        if (bytes > MAX_BYTES) {
            throw DynamoDbException.validation("Transaction request total size exceeds the maximum of 4 MB");
        }
        return db.write(new ArrayList<>(seen.keySet()), changes -> {
            List<ObjectNode> olds = new ArrayList<>(actions.size());
            ArrayNode reasons = Json.array();
            boolean failed = false;
            for (TransactAction a : actions) {
                ObjectNode old = a.table().get(a.key());
                olds.add(old);
                if (a.condition() != null && !a.condition().test(old)) {
                    failed = true;
                    ObjectNode r = reasons.addObject().put("Code", "ConditionalCheckFailed")
                            .put("Message", "The conditional request failed");
                    if (a.oldOnFailure() && old != null) {
                        r.set("Item", old);
                    }
                } else {
                    reasons.addObject().put("Code", "None");
                }
            }
            List<Change> decided = new ArrayList<>();
            // Every action whose condition held is worked out even when another's failed: an update that cannot
            // apply to its item is named among the reasons (ValidationError), as DynamoDB names it.
            for (int i = 0; i < actions.size(); i++) {
                TransactAction a = actions.get(i);
                if (!"None".equals(reasons.get(i).get("Code").asText())) {
                    continue;
                }
                ObjectNode old = olds.get(i);
                try {
                    ObjectNode next;
                    if (a instanceof TransactAction.Put p) {
                        next = p.item();
                    } else if (a instanceof TransactAction.Upd u) {
                        next = ItemOperations.updated(u.table().schema, old, u.keyItem(), u.update());
                    } else if (a instanceof TransactAction.Delete) {
                        next = null;
                    } else {
                        next = old;
                    }
                    if (!(a instanceof TransactAction.Check) && (old != null || next != null)) {
                        decided.add(new Change(a.table(), a.key(), old, next));
                    }
                } catch (DynamoDbException e) {
                    if (!e.type().equals(DynamoDbException.VALIDATION)) {
                        throw e;
                    }
                    failed = true;
                    reasons.set(i, Json.object().put("Code", "ValidationError").put("Message", e.getMessage()));
                }
            }
            if (failed) {
                List<String> codes = new ArrayList<>();
                reasons.forEach(r -> codes.add(r.get("Code").asText()));
                throw new DynamoDbException(DynamoDbException.TRANSACTION_CANCELED, 400,
                        "Transaction cancelled, please refer cancellation reasons for specific reasons "
                                + codes)
                        .with("CancellationReasons", reasons);
            }
            changes.addAll(decided);
            ObjectNode res = Json.object();
            if (Capacity.wanted(req)) {
                Map<Table, Capacity> capacity = new LinkedHashMap<>();
                for (int i = 0; i < actions.size(); i++) {
                    TransactAction a = actions.get(i);
                    Capacity c = capacity.computeIfAbsent(a.table(), t -> new Capacity(t.schema.name(), true));
                    ObjectNode old = olds.get(i);
                    ObjectNode next = null;
                    for (Change ch : decided) {
                        if (ch.table() == a.table() && ch.key().compareTo(a.key()) == 0) {
                            next = ch.newItem();
                        }
                    }
                    c.addTable(2 * Capacity.writeUnits(Math.max(ItemSize.of(old), ItemSize.of(next))));
                    if (!(a instanceof TransactAction.Check)) {
                        c.addIndexWrites(a.table(), old, next, 2);
                    }
                }
                ArrayNode consumed = res.putArray("ConsumedCapacity");
                capacity.values().forEach(c -> consumed.add(c.toJson(Capacity.indexes(req))));
            }
            return res;
        });
    }

    private TransactAction parse(ObjectNode a) {
        if (a.size() != 1) {
            throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        String kind = a.fieldNames().next();
        ObjectNode body = Json.obj(a, kind);
        if (body == null) {
            throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        Table t = db.table(Json.text(body, "TableName"));
        boolean oldOnFailure = ItemOperations.oldOnFailure(body);
        RequestExpressions ex = RequestExpressions.of(body);
        switch (kind) {
            case "ConditionCheck" -> {
                ObjectNode key = ItemOperations.checkedKey(t.schema, Json.obj(body, "Key"));
                Condition c = ex.condition();
                ex.done();
                if (c == null) {
                    throw DynamoDbException.validation("The ConditionExpression parameter is required for a "
                            + "ConditionCheck");
                }
                return new TransactAction.Check(t, Keys.tableKey(t.schema.keys(), key), c, oldOnFailure);
            }
            case "Put" -> {
                ObjectNode item = ItemOperations.checkedItem(t.schema, Json.obj(body, "Item"));
                Condition c = ex.condition();
                ex.done();
                return new TransactAction.Put(t, Keys.tableKey(t.schema.keys(), item), item, c, oldOnFailure);
            }
            case "Update" -> {
                ObjectNode key = ItemOperations.checkedKey(t.schema, Json.obj(body, "Key"));
                Update u = ex.update();
                Condition c = ex.condition();
                ex.done();
                if (u == null) {
                    throw DynamoDbException.validation("1 validation error detected: Value null at "
                            + "'transactItems.member.update.updateExpression' failed to satisfy constraint: Member "
                            + "must not be null");
                }
                for (String attr : u.topLevelAttributes()) {
                    if (t.schema.isKeyAttribute(attr)) {
                        throw DynamoDbException.validation("One or more parameter values were invalid: Cannot update "
                                + "attribute " + attr + ". This attribute is part of the key");
                    }
                }
                return new TransactAction.Upd(t, Keys.tableKey(t.schema.keys(), key), key, u, c, oldOnFailure);
            }
            case "Delete" -> {
                ObjectNode key = ItemOperations.checkedKey(t.schema, Json.obj(body, "Key"));
                Condition c = ex.condition();
                ex.done();
                return new TransactAction.Delete(t, Keys.tableKey(t.schema.keys(), key), c, oldOnFailure);
            }
            default -> throw DynamoDbException.validation("TransactItems can only contain one of Check, Put, Update "
                    + "or Delete");
        }
    }

    ObjectNode get(ObjectNode req, RequestContext ctx) {
        ArrayNode items = Json.arr(req, "TransactItems");
        if (items == null || items.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'transactItems' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        if (items.size() > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '[...]' at 'transactItems' failed "
                    + "to satisfy constraint: Member must have length less than or equal to 100");
        }
        record Get(Table table, StoreKey key, Projection projection) {
        }
        List<Get> gets = new ArrayList<>();
        Map<Table, TreeSet<StoreKey>> seen = new HashMap<>();
        for (JsonNode a : items) {
            ObjectNode body = Json.obj(a, "Get");
            if (body == null) {
                throw DynamoDbException.validation("TransactGetItems can only contain Get actions");
            }
            Table t = db.table(Json.text(body, "TableName"));
            ObjectNode key = ItemOperations.checkedKey(t.schema, Json.obj(body, "Key"));
            RequestExpressions ex = RequestExpressions.of(body);
            Projection p = ex.projection();
            ex.done();
            StoreKey k = Keys.tableKey(t.schema.keys(), key);
            if (!seen.computeIfAbsent(t, x -> new TreeSet<>()).add(k)) {
                throw DynamoDbException.validation("Transaction request cannot include multiple operations on one "
                        + "item");
            }
            gets.add(new Get(t, k, p));
        }
        return db.read(gets.stream().map(Get::table).toList(), () -> {
            ObjectNode res = Json.object();
            ArrayNode out = res.putArray("Responses");
            Map<Table, Capacity> capacity = new LinkedHashMap<>();
            for (Get g : gets) {
                ObjectNode item = g.table.get(g.key);
                ObjectNode r = out.addObject();
                if (item != null) {
                    r.set("Item", g.projection == null ? item : g.projection.apply(item));
                }
                capacity.computeIfAbsent(g.table, t -> new Capacity(t.schema.name(), false))
                        .addTable(2 * Capacity.readUnits(ItemSize.of(item), true));
            }
            if (Capacity.wanted(req)) {
                ArrayNode consumed = res.putArray("ConsumedCapacity");
                capacity.values().forEach(c -> consumed.add(c.toJson(Capacity.indexes(req))));
            }
            return res;
        });
    }
}
