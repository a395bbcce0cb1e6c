package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.Projection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * BatchGetItem (up to 100 keys) and BatchWriteItem (up to 25 puts and deletes). Nothing is ever left unprocessed
 * (there is no throughput to exceed), so UnprocessedKeys and UnprocessedItems are always empty; a batch of writes is
 * applied under one commit, which DynamoDB does not promise but no client can tell apart.
 */
final class BatchOperations {

    private final Database db;

    BatchOperations(Database db, ItemOperations items) {
        this.db = db;
    }

    private record GetRequest(Table table, List<StoreKey> keys, Projection projection, boolean consistent) {
    }

    ObjectNode get(ObjectNode req, RequestContext ctx) {
        ObjectNode requestItems = Json.obj(req, "RequestItems");
        if (requestItems == null || requestItems.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1");
        }
        List<GetRequest> gets = new ArrayList<>();
        int total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Table t = db.table(e.getKey());
            ObjectNode r = (ObjectNode) e.getValue();
            ArrayNode keys = Json.arr(r, "Keys");
            if (keys == null || keys.isEmpty()) {
                throw DynamoDbException.validation("1 validation error detected: Value null at "
                        + "'requestItems." + e.getKey() + ".member.keys' failed to satisfy constraint: Member must "
                        + "have length greater than or equal to 1");
            }
            RequestExpressions ex = RequestExpressions.of(r);
            Projection p = ex.projection();
            ex.done();
            TreeSet<StoreKey> seen = new TreeSet<>();
            List<StoreKey> ks = new ArrayList<>();
            for (JsonNode k : keys) {
                ObjectNode key = ItemOperations.checkedKey(t.schema, (ObjectNode) k);
                StoreKey sk = Keys.tableKey(t.schema.keys(), key);
                if (!seen.add(sk)) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                ks.add(sk);
            }
            total += ks.size();
            gets.add(new GetRequest(t, ks, p, Json.bool(r, "ConsistentRead")));
        }
        if (total > 100) {
            throw DynamoDbException.validation("Too many items requested for the BatchGetItem call");
        }
        List<Table> tables = gets.stream().map(GetRequest::table).toList();
        return db.read(tables, () -> {
            ObjectNode res = Json.object();
            ObjectNode responses = res.putObject("Responses");
            ArrayNode consumed = Json.array();
            for (GetRequest g : gets) {
                ArrayNode out = responses.putArray(g.table.schema.name());
                double units = 0;
                for (StoreKey k : g.keys) {
                    ObjectNode item = g.table.get(k);
                    units += Capacity.readUnits(ItemSize.of(item), g.consistent);
                    if (item != null) {
                        out.add(g.projection == null ? item : g.projection.apply(item));
                    }
                }
                Capacity c = new Capacity(g.table.schema.name(), false);
                c.addTable(units);
                consumed.add(c.toJson(Capacity.indexes(req)));
            }
            res.putObject("UnprocessedKeys");
            if (Capacity.wanted(req)) {
                res.set("ConsumedCapacity", consumed);
            }
            return res;
        });
    }

    private record WriteRequest(Table table, StoreKey key, ObjectNode item) {
    }

    ObjectNode write(ObjectNode req, RequestContext ctx) {
        ObjectNode requestItems = Json.obj(req, "RequestItems");
        if (requestItems == null || requestItems.isEmpty()) {
            throw DynamoDbException.validation("1 validation error detected: Value '{}' at 'requestItems' failed to "
                    + "satisfy constraint: Member must have length greater than or equal to 1");
        }
        List<WriteRequest> writes = new ArrayList<>();
        Map<Table, TreeSet<StoreKey>> seen = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = requestItems.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Table t = db.table(e.getKey());
            ArrayNode list = (ArrayNode) e.getValue();
            if (list == null || list.isEmpty()) {
                throw DynamoDbException.validation("1 validation error detected: Value '[]' at 'requestItems' failed "
                        + "to satisfy constraint: Map value must satisfy constraint: [Member must have length less "
                        + "than or equal to 25, Member must have length greater than or equal to 1]");
            }
            for (JsonNode w : list) {
                WriteRequest r;
                if (w.has("PutRequest")) {
                    ObjectNode item = ItemOperations.checkedItem(t.schema, Json.obj(w.get("PutRequest"), "Item"));
                    r = new WriteRequest(t, Keys.tableKey(t.schema.keys(), item), item);
                } else if (w.has("DeleteRequest")) {
                    ObjectNode key = ItemOperations.checkedKey(t.schema, Json.obj(w.get("DeleteRequest"), "Key"));
                    r = new WriteRequest(t, Keys.tableKey(t.schema.keys(), key), null);
                } else {
                    throw DynamoDbException.validation("Supplied AttributeValue has more than one datatypes set, must "
                            + "contain exactly one of the supported datatypes");
                }
                if (!seen.computeIfAbsent(t, x -> new TreeSet<>()).add(r.key)) {
                    throw DynamoDbException.validation("Provided list of item keys contains duplicates");
                }
                writes.add(r);
            }
        }
        if (writes.size() > 25) {
            throw DynamoDbException.validation("Too many items requested for the BatchWriteItem call");
        }
        return db.write(new ArrayList<>(seen.keySet()), changes -> {
            Map<Table, Capacity> capacity = new LinkedHashMap<>();
            for (WriteRequest w : writes) {
                ObjectNode old = w.table.get(w.key);
                if (w.item != null || old != null) {
                    changes.add(new Change(w.table, w.key, old, w.item));
                }
                Capacity c = capacity.computeIfAbsent(w.table, t -> new Capacity(t.schema.name(), true));
                c.addTable(Capacity.writeUnits(Math.max(ItemSize.of(old), ItemSize.of(w.item))));
                c.addIndexWrites(w.table, old, w.item, 1);
            }
            ObjectNode res = Json.object();
            res.putObject("UnprocessedItems");
            if (Capacity.wanted(req)) {
                ArrayNode consumed = res.putArray("ConsumedCapacity");
                capacity.values().forEach(c -> consumed.add(c.toJson(Capacity.indexes(req))));
            }
            return res;
        });
    }
}
