package id.pekalongan.batikberlian.dynamodb.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seeded random operations on two small tables, so that conditions meet present and missing items and attributes
 * of every type often: {@code h<seed>} (hash key {@code pk}, 6 keys) and {@code r<seed>} (hash {@code pk} 3 keys,
 * range {@code sk} 10 strings chosen for {@code begins_with} and ordering, GSI {@code byG} on {@code gk} (S) and
 * {@code n} (N), projecting all, sparse: an item without {@code gk} or {@code n} is not in it).
 *
 * <p>Non-key attributes: {@code n} (N), {@code s} (S), {@code ss} (SS), {@code ns} (NS), {@code l} (L), {@code m}
 * (M of {@code a}: N and {@code b}: S), {@code flag} (BOOL), {@code gk} (S).
 */
final class Workload {

    static final String GSI = "byG";
    static final List<String> H_KEYS = List.of("p0", "p1", "p2", "p3", "p4", "p5");
    static final List<String> R_KEYS = List.of("q0", "q1", "q2");
    static final List<String> SORT_KEYS = List.of("a", "a1", "a2", "ab", "b", "b1", "ba", "bb", "c", "c1");
    static final List<String> STRINGS = List.of("alpha", "alps", "al", "beta", "b", "gamma", "gk1", "");
    static final List<String> NUMBERS = List.of("0.5", "2.50", "-1.25", "10.0", "1000000000000000000000001");
    static final List<String> SET_STRINGS = List.of("x", "y", "z", "w");
    static final List<String> SET_NUMBERS = List.of("1", "2", "3", "5", "8");
    static final List<String> ATTRS = List.of("n", "s", "ss", "ns", "l", "m", "flag", "gk");
    static final List<String> COMPARATORS = List.of("=", "<>", "<", "<=", ">", ">=");
    static final List<String> TYPES = List.of("N", "S", "SS", "NS", "L", "M", "BOOL");

    final String hash;
    final String range;
    private final Random r;
    private final Generator g;
    private int index;

    Workload(long seed) {
        this.r = new Random(seed);
        this.g = new Generator(r);
        this.hash = "h" + seed;
        this.range = "r" + seed;
    }

    void createTables(DynamoDbClient c) {
        c.createTable(b -> b.tableName(hash).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S))
                .keySchema(schemaKey("pk", KeyType.HASH)));
        c.createTable(b -> b.tableName(range).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S),
                        attr("gk", ScalarAttributeType.S), attr("n", ScalarAttributeType.N))
                .keySchema(schemaKey("pk", KeyType.HASH), schemaKey("sk", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(GSI)
                        .keySchema(schemaKey("gk", KeyType.HASH), schemaKey("n", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    }

    void deleteTables(DynamoDbClient c) {
        c.deleteTable(b -> b.tableName(hash));
        c.deleteTable(b -> b.tableName(range));
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement schemaKey(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    // ---------------------------------------------------------------- steps

    Step next() {
        index++;
        int w = r.nextInt(100);
        if (w < 14) {
            return putItem();
        } else if (w < 38) {
            return updateItem();
        } else if (w < 46) {
            return deleteItem();
        } else if (w < 56) {
            return getItem();
        } else if (w < 68) {
            return query();
        } else if (w < 74) {
            return queryIndex();
        } else if (w < 79) {
            return scan();
        } else if (w < 87) {
            return batchWrite();
        } else {
            return transactWrite();
        }
    }

    /** Both tables in full, in a canonical order: the state the two engines must share. */
    Step state() {
        index++;
        return new Step(index, "State", Set.of(), "scan " + hash + " and " + range, c -> {
            Outcome o = Outcome.ok();
            for (String t : List.of(hash, range)) {
                List<Map<String, AttributeValue>> all = new ArrayList<>();
                Map<String, AttributeValue> start = null;
                do {
                    Map<String, AttributeValue> from = start;
                    ScanResponse page = c.scan(b -> b.tableName(t).consistentRead(true).exclusiveStartKey(from));
                    all.addAll(page.items());
                    start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                            ? page.lastEvaluatedKey() : null;
                } while (start != null);
                o.put(t, Canon.sortedItems(all));
            }
            return o;
        }, List.of());
    }

    private Step putItem() {
        boolean ranged = r.nextBoolean();
        String table = ranged ? range : hash;
        Map<String, AttributeValue> item = g.item(ranged);
        Generator.Ex e = g.new Ex();
        PutItemRequest.Builder b = PutItemRequest.builder().tableName(table).item(item);
        Set<String> tags = new TreeSet<>();
        if (r.nextInt(10) < 6) {
            b.conditionExpression(g.condition(e, 0, false, tags));
            if (r.nextInt(10) < 3) {
                b.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
        }
        if (r.nextBoolean()) {
            b.returnValues(ReturnValue.ALL_OLD);
        }
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        PutItemRequest req = b.build();
        return new Step(index, "PutItem", tags, req.toString(),
                c -> Outcome.returned(c.putItem(req).attributes()),
                List.of(new Step.Touched(table, g.keyOf(item, ranged))));
    }

    private Step updateItem() {
        boolean ranged = r.nextBoolean();
        String table = ranged ? range : hash;
        Map<String, AttributeValue> key = g.key(ranged);
        Generator.Ex e = g.new Ex();
        Set<String> tags = new TreeSet<>();
        UpdateItemRequest.Builder b = UpdateItemRequest.builder().tableName(table).key(key)
                .updateExpression(g.update(e, tags));
        if (r.nextInt(10) < 4) {
            b.conditionExpression(g.condition(e, 0, false, tags));
            if (r.nextInt(10) < 3) {
                b.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
        }
        ReturnValue rv = g.pick(List.of(ReturnValue.NONE, ReturnValue.ALL_OLD, ReturnValue.UPDATED_OLD,
                ReturnValue.ALL_NEW, ReturnValue.UPDATED_NEW));
        b.returnValues(rv);
        tags.add("returns:" + rv);
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        UpdateItemRequest req = b.build();
        return new Step(index, "UpdateItem", tags, req.toString(),
                c -> Outcome.returned(c.updateItem(req).attributes()),
                List.of(new Step.Touched(table, key)));
    }

    private Step deleteItem() {
        boolean ranged = r.nextBoolean();
        String table = ranged ? range : hash;
        Map<String, AttributeValue> key = g.key(ranged);
        Generator.Ex e = g.new Ex();
        Set<String> tags = new TreeSet<>();
        DeleteItemRequest.Builder b = DeleteItemRequest.builder().tableName(table).key(key);
        if (r.nextInt(10) < 5) {
            b.conditionExpression(g.condition(e, 0, false, tags));
        }
        if (r.nextBoolean()) {
            b.returnValues(ReturnValue.ALL_OLD);
        }
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        DeleteItemRequest req = b.build();
        return new Step(index, "DeleteItem", tags, req.toString(),
                c -> Outcome.returned(c.deleteItem(req).attributes()),
                List.of(new Step.Touched(table, key)));
    }

    private Step getItem() {
        boolean ranged = r.nextBoolean();
        String table = ranged ? range : hash;
        Generator.Ex e = g.new Ex();
        GetItemRequest.Builder b = GetItemRequest.builder().tableName(table).key(g.key(ranged))
                .consistentRead(r.nextBoolean());
        Set<String> tags = new TreeSet<>();
        if (r.nextBoolean()) {
            b.projectionExpression(g.projection(e));
            tags.add("projection");
        }
        e.applyTo(b::expressionAttributeNames, v -> { });
        GetItemRequest req = b.build();
        return new Step(index, "GetItem", tags, req.toString(), c -> {
            GetItemResponse res = c.getItem(req);
            return Outcome.ok().put("item", res.hasItem() ? Canon.item(res.item()) : "absent");
        }, List.of());
    }

    private Step query() {
        Generator.Ex e = g.new Ex();
        Set<String> tags = new TreeSet<>();
        String keyCondition = e.name("pk") + " = " + e.value(g.s(g.pick(R_KEYS)));
        int k = r.nextInt(9);
        if (k > 0) {
            String sk = e.name("sk");
            String a = g.pick(SORT_KEYS);
            String z = g.pick(SORT_KEYS);
            keyCondition += " AND " + switch (k) {
                case 1, 2, 3, 4, 5 -> sk + " " + g.pick(List.of("=", "<", "<=", ">", ">=")) + " " + e.value(g.s(a));
                case 6 -> sk + " BETWEEN " + e.value(g.s(a.compareTo(z) <= 0 ? a : z)) + " AND "
                        + e.value(g.s(a.compareTo(z) <= 0 ? z : a));
                default -> "begins_with(" + sk + ", " + e.value(g.s(g.pick(List.of("a", "b", "c", "a1", "ba", "d"))))
                        + ")";
            };
            tags.add("sk:" + (k <= 5 ? "compare" : k == 6 ? "between" : "begins_with"));
        }
        QueryRequest.Builder b = QueryRequest.builder().tableName(range).keyConditionExpression(keyCondition)
                .scanIndexForward(r.nextBoolean()).consistentRead(r.nextBoolean());
        boolean filtered = r.nextInt(10) < 4;
        if (filtered) {
            b.filterExpression(g.condition(e, 0, true, tags));
            tags.add("filter");
        }
        Integer limit = r.nextInt(10) < 5 ? 1 + r.nextInt(4) : null;
        if (limit != null) {
            b.limit(limit);
            tags.add("limit");
            if (filtered) {
                tags.add("limit+filter");
            }
        }
        boolean count = r.nextInt(10) == 0;
        if (count) {
            b.select(Select.COUNT);
            tags.add("select:count");
        } else if (r.nextInt(10) < 2) {
            b.projectionExpression(g.projection(e));
            tags.add("projection");
        }
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        QueryRequest req = b.build();
        return new Step(index, "Query", tags, req.toString(), c -> pagedQuery(c, req, false), List.of());
    }

    private Step queryIndex() {
        Generator.Ex e = g.new Ex();
        Set<String> tags = new TreeSet<>(Set.of("index"));
        String keyCondition = e.name("gk") + " = " + e.value(g.s(g.pick(List.of("g0", "g1", "g2"))));
        switch (r.nextInt(4)) {
            case 1 -> keyCondition += " AND " + e.name("n") + " " + g.pick(List.of("=", "<", ">=")) + " "
                    + e.value(g.n(g.number()));
            case 2 -> {
                int lo = r.nextInt(8) - 2;
                keyCondition += " AND " + e.name("n") + " BETWEEN " + e.value(g.n(Integer.toString(lo)))
                        + " AND " + e.value(g.n(Integer.toString(lo + r.nextInt(8))));
            }
            default -> { }
        }
        QueryRequest.Builder b = QueryRequest.builder().tableName(range).indexName(GSI)
                .keyConditionExpression(keyCondition).scanIndexForward(r.nextBoolean());
        if (r.nextInt(10) < 3) {
            b.filterExpression(g.indexFilter(e, tags));
            tags.add("filter");
        }
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        QueryRequest req = b.build();
        return new Step(index, "Query", tags, req.toString(), c -> pagedQuery(c, req, true), List.of());
    }

    /**
     * Every page of a query. On a table the order is the sort key's and pages compare as they are; on the index
     * items sharing {@code gk} and {@code n} have no defined order, so the index's answer compares as the sequence
     * of its sort key values and the set of its items.
     */
    private static Outcome pagedQuery(DynamoDbClient c, QueryRequest first, boolean index) {
        Outcome o = Outcome.ok();
        List<String> pages = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        List<String> lastKeys = new ArrayList<>();
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        QueryRequest req = first;
        for (int page = 0; page < 40; page++) {
            QueryResponse res = c.query(req);
            pages.add(Canon.items(res.items()).toString());
            all.addAll(res.items());
            counts.add(Integer.toString(res.count()));
            scanned.add(Integer.toString(res.scannedCount()));
            boolean more = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty();
            lastKeys.add(more ? Canon.item(res.lastEvaluatedKey()) : "-");
            if (!more) {
                break;
            }
            req = req.toBuilder().exclusiveStartKey(res.lastEvaluatedKey()).build();
        }
        if (index) {
            List<String> order = new ArrayList<>();
            for (Map<String, AttributeValue> i : all) {
                order.add(Canon.value(i.get("n")));
            }
            o.put("order", order).put("items", Canon.sortedItems(all));
            int total = 0;
            for (String n : counts) {
                total += Integer.parseInt(n);
            }
            o.put("count", total);
        } else {
            int total = 0;
            for (String n : counts) {
                total += Integer.parseInt(n);
            }
            o.put("merged", Canon.items(all)).put("total", total)
                    .put("pages", pages).put("counts", counts).put("scanned", scanned).put("lastKeys", lastKeys);
        }
        return o;
    }

    private Step scan() {
        boolean ranged = r.nextBoolean();
        String table = ranged ? range : hash;
        Generator.Ex e = g.new Ex();
        Set<String> tags = new TreeSet<>();
        ScanRequest.Builder b = ScanRequest.builder().tableName(table).consistentRead(r.nextBoolean());
        boolean filtered = r.nextBoolean();
        if (filtered) {
            b.filterExpression(g.condition(e, 0, false, tags));
            tags.add("filter");
        }
        if (r.nextInt(10) < 4) {
            b.limit(1 + r.nextInt(5));
            tags.add("limit");
            if (filtered) {
                tags.add("limit+filter");
            }
        }
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        ScanRequest req = b.build();
        Integer limit = req.limit();
        return new Step(index, "Scan", tags, req.toString(), c -> {
            // Scan order is the engine's own (DynamoDB's is by hash of the partition key): compare what all the
            // pages hold, and that no page holds more than Limit.
            List<Map<String, AttributeValue>> all = new ArrayList<>();
            int count = 0;
            int scanned = 0;
            boolean pageOverLimit = false;
            ScanRequest page = req;
            for (int i = 0; i < 100; i++) {
                ScanResponse res = c.scan(page);
                all.addAll(res.items());
                count += res.count();
                scanned += res.scannedCount();
                pageOverLimit |= limit != null && res.scannedCount() > limit;
                if (!res.hasLastEvaluatedKey() || res.lastEvaluatedKey().isEmpty()) {
                    break;
                }
                page = page.toBuilder().exclusiveStartKey(res.lastEvaluatedKey()).build();
            }
            return Outcome.ok().put("items", Canon.sortedItems(all)).put("count", count).put("scanned", scanned)
                    .put("pageOverLimit", pageOverLimit);
        }, List.of());
    }

    private Step batchWrite() {
        Map<String, List<WriteRequest>> requests = new LinkedHashMap<>();
        List<Step.Touched> touched = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> tags = new TreeSet<>();
        int n = 1 + r.nextInt(5);
        boolean duplicate = r.nextInt(25) == 0;
        for (int i = 0; i < n; i++) {
            boolean ranged = r.nextBoolean();
            String table = ranged ? range : hash;
            Map<String, AttributeValue> item = g.item(ranged);
            Map<String, AttributeValue> key = g.keyOf(item, ranged);
            if (!seen.add(table + Canon.item(key)) && !duplicate) {
                continue;
            }
            WriteRequest w = r.nextInt(10) < 7
                    ? WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build()
                    : WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
            requests.computeIfAbsent(table, t -> new ArrayList<>()).add(w);
            touched.add(new Step.Touched(table, key));
        }
        if (seen.size() < touched.size()) {
            tags.add("duplicate-key");
        }
        BatchWriteItemRequest req = BatchWriteItemRequest.builder().requestItems(requests).build();
        return new Step(index, "BatchWriteItem", tags, req.toString(), c -> {
            BatchWriteItemResponse res = c.batchWriteItem(req);
            int unprocessed = 0;
            if (res.hasUnprocessedItems()) {
                for (List<WriteRequest> l : res.unprocessedItems().values()) {
                    unprocessed += l.size();
                }
            }
            return Outcome.ok().put("unprocessed", unprocessed);
        }, touched);
    }

    private Step transactWrite() {
        List<TransactWriteItem> actions = new ArrayList<>();
        List<Step.Touched> touched = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> tags = new TreeSet<>();
        int n = 1 + r.nextInt(4);
        boolean duplicate = r.nextInt(25) == 0;
        for (int i = 0; i < n; i++) {
            boolean ranged = r.nextBoolean();
            String table = ranged ? range : hash;
            Map<String, AttributeValue> item = g.item(ranged);
            Map<String, AttributeValue> key = g.keyOf(item, ranged);
            if (!seen.add(table + Canon.item(key)) && !duplicate) {
                continue;
            }
            touched.add(new Step.Touched(table, key));
            Generator.Ex e = g.new Ex();
            boolean conditional = r.nextBoolean();
            ReturnValuesOnConditionCheckFailure onFailure = r.nextInt(10) < 3
                    ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;
            TransactWriteItem.Builder a = TransactWriteItem.builder();
            switch (r.nextInt(4)) {
                case 0 -> {
                    Put.Builder p = Put.builder().tableName(table).item(item)
                            .returnValuesOnConditionCheckFailure(onFailure);
                    if (conditional) {
                        p.conditionExpression(g.condition(e, 0, false, tags));
                    }
                    e.applyTo(p::expressionAttributeNames, p::expressionAttributeValues);
                    a.put(p.build());
                }
                case 1 -> {
                    Update.Builder u = Update.builder().tableName(table).key(key).updateExpression(g.update(e, tags))
                            .returnValuesOnConditionCheckFailure(onFailure);
                    if (conditional) {
                        u.conditionExpression(g.condition(e, 0, false, tags));
                    }
                    e.applyTo(u::expressionAttributeNames, u::expressionAttributeValues);
                    a.update(u.build());
                }
                case 2 -> {
                    Delete.Builder d = Delete.builder().tableName(table).key(key)
                            .returnValuesOnConditionCheckFailure(onFailure);
                    if (conditional) {
                        d.conditionExpression(g.condition(e, 0, false, tags));
                    }
                    e.applyTo(d::expressionAttributeNames, d::expressionAttributeValues);
                    a.delete(d.build());
                }
                default -> {
                    ConditionCheck.Builder cc = ConditionCheck.builder().tableName(table).key(key)
                            .conditionExpression(g.condition(e, 0, false, tags))
                            .returnValuesOnConditionCheckFailure(onFailure);
                    e.applyTo(cc::expressionAttributeNames, cc::expressionAttributeValues);
                    a.conditionCheck(cc.build());
                }
            }
            actions.add(a.build());
        }
        if (seen.size() < touched.size()) {
            tags.add("duplicate-key");
        }
        TransactWriteItemsRequest req = TransactWriteItemsRequest.builder().transactItems(actions).build();
        return new Step(index, "TransactWriteItems", tags, req.toString(), c -> {
            c.transactWriteItems(req);
            return Outcome.ok();
        }, touched);
    }

    // ---------------------------------------------------------------- items and keys
}
