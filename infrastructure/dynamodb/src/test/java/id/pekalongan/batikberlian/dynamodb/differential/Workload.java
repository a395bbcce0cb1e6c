package id.pekalongan.batikberlian.dynamodb.differential;

import java.util.ArrayList;
import java.util.Collections;
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
    private int index;

    Workload(long seed) {
        this.r = new Random(seed);
        this.hash = "h" + seed;
        this.range = "r" + seed;
    }

    void createTables(DynamoDbClient c) {
        c.createTable(b -> b.tableName(hash).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S))
                .keySchema(key("pk", KeyType.HASH)));
        c.createTable(b -> b.tableName(range).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.S),
                        attr("gk", ScalarAttributeType.S), attr("n", ScalarAttributeType.N))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(GSI)
                        .keySchema(key("gk", KeyType.HASH), key("n", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    }

    void deleteTables(DynamoDbClient c) {
        c.deleteTable(b -> b.tableName(hash));
        c.deleteTable(b -> b.tableName(range));
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
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
        Map<String, AttributeValue> item = item(ranged);
        Ex e = new Ex();
        PutItemRequest.Builder b = PutItemRequest.builder().tableName(table).item(item);
        Set<String> tags = new TreeSet<>();
        if (r.nextInt(10) < 6) {
            b.conditionExpression(condition(e, 0, false, tags));
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
                List.of(new Step.Touched(table, keyOf(item, ranged))));
    }

    private Step updateItem() {
        boolean ranged = r.nextBoolean();
        String table = ranged ? range : hash;
        Map<String, AttributeValue> key = key(ranged);
        Ex e = new Ex();
        Set<String> tags = new TreeSet<>();
        UpdateItemRequest.Builder b = UpdateItemRequest.builder().tableName(table).key(key)
                .updateExpression(update(e, tags));
        if (r.nextInt(10) < 4) {
            b.conditionExpression(condition(e, 0, false, tags));
            if (r.nextInt(10) < 3) {
                b.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
            }
        }
        ReturnValue rv = pick(List.of(ReturnValue.NONE, ReturnValue.ALL_OLD, ReturnValue.UPDATED_OLD,
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
        Map<String, AttributeValue> key = key(ranged);
        Ex e = new Ex();
        Set<String> tags = new TreeSet<>();
        DeleteItemRequest.Builder b = DeleteItemRequest.builder().tableName(table).key(key);
        if (r.nextInt(10) < 5) {
            b.conditionExpression(condition(e, 0, false, tags));
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
        Ex e = new Ex();
        GetItemRequest.Builder b = GetItemRequest.builder().tableName(table).key(key(ranged))
                .consistentRead(r.nextBoolean());
        Set<String> tags = new TreeSet<>();
        if (r.nextBoolean()) {
            b.projectionExpression(projection(e));
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
        Ex e = new Ex();
        Set<String> tags = new TreeSet<>();
        String keyCondition = e.name("pk") + " = " + e.value(s(pick(R_KEYS)));
        int k = r.nextInt(9);
        if (k > 0) {
            String sk = e.name("sk");
            String a = pick(SORT_KEYS);
            String z = pick(SORT_KEYS);
            keyCondition += " AND " + switch (k) {
                case 1, 2, 3, 4, 5 -> sk + " " + pick(List.of("=", "<", "<=", ">", ">=")) + " " + e.value(s(a));
                case 6 -> sk + " BETWEEN " + e.value(s(a.compareTo(z) <= 0 ? a : z)) + " AND "
                        + e.value(s(a.compareTo(z) <= 0 ? z : a));
                default -> "begins_with(" + sk + ", " + e.value(s(pick(List.of("a", "b", "c", "a1", "ba", "d"))))
                        + ")";
            };
            tags.add("sk:" + (k <= 5 ? "compare" : k == 6 ? "between" : "begins_with"));
        }
        QueryRequest.Builder b = QueryRequest.builder().tableName(range).keyConditionExpression(keyCondition)
                .scanIndexForward(r.nextBoolean()).consistentRead(r.nextBoolean());
        boolean filtered = r.nextInt(10) < 4;
        if (filtered) {
            b.filterExpression(condition(e, 0, true, tags));
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
            b.projectionExpression(projection(e));
            tags.add("projection");
        }
        e.applyTo(b::expressionAttributeNames, b::expressionAttributeValues);
        QueryRequest req = b.build();
        return new Step(index, "Query", tags, req.toString(), c -> pagedQuery(c, req, false), List.of());
    }

    private Step queryIndex() {
        Ex e = new Ex();
        Set<String> tags = new TreeSet<>(Set.of("index"));
        String keyCondition = e.name("gk") + " = " + e.value(s(pick(List.of("g0", "g1", "g2"))));
        switch (r.nextInt(4)) {
            case 1 -> keyCondition += " AND " + e.name("n") + " " + pick(List.of("=", "<", ">=")) + " "
                    + e.value(n(number()));
            case 2 -> {
                int lo = r.nextInt(8) - 2;
                keyCondition += " AND " + e.name("n") + " BETWEEN " + e.value(n(Integer.toString(lo)))
                        + " AND " + e.value(n(Integer.toString(lo + r.nextInt(8))));
            }
            default -> { }
        }
        QueryRequest.Builder b = QueryRequest.builder().tableName(range).indexName(GSI)
                .keyConditionExpression(keyCondition).scanIndexForward(r.nextBoolean());
        if (r.nextInt(10) < 3) {
            b.filterExpression(indexFilter(e, tags));
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
        Ex e = new Ex();
        Set<String> tags = new TreeSet<>();
        ScanRequest.Builder b = ScanRequest.builder().tableName(table).consistentRead(r.nextBoolean());
        boolean filtered = r.nextBoolean();
        if (filtered) {
            b.filterExpression(condition(e, 0, false, tags));
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
            Map<String, AttributeValue> item = item(ranged);
            Map<String, AttributeValue> key = keyOf(item, ranged);
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
            Map<String, AttributeValue> item = item(ranged);
            Map<String, AttributeValue> key = keyOf(item, ranged);
            if (!seen.add(table + Canon.item(key)) && !duplicate) {
                continue;
            }
            touched.add(new Step.Touched(table, key));
            Ex e = new Ex();
            boolean conditional = r.nextBoolean();
            ReturnValuesOnConditionCheckFailure onFailure = r.nextInt(10) < 3
                    ? ReturnValuesOnConditionCheckFailure.ALL_OLD : null;
            TransactWriteItem.Builder a = TransactWriteItem.builder();
            switch (r.nextInt(4)) {
                case 0 -> {
                    Put.Builder p = Put.builder().tableName(table).item(item)
                            .returnValuesOnConditionCheckFailure(onFailure);
                    if (conditional) {
                        p.conditionExpression(condition(e, 0, false, tags));
                    }
                    e.applyTo(p::expressionAttributeNames, p::expressionAttributeValues);
                    a.put(p.build());
                }
                case 1 -> {
                    Update.Builder u = Update.builder().tableName(table).key(key).updateExpression(update(e, tags))
                            .returnValuesOnConditionCheckFailure(onFailure);
                    if (conditional) {
                        u.conditionExpression(condition(e, 0, false, tags));
                    }
                    e.applyTo(u::expressionAttributeNames, u::expressionAttributeValues);
                    a.update(u.build());
                }
                case 2 -> {
                    Delete.Builder d = Delete.builder().tableName(table).key(key)
                            .returnValuesOnConditionCheckFailure(onFailure);
                    if (conditional) {
                        d.conditionExpression(condition(e, 0, false, tags));
                    }
                    e.applyTo(d::expressionAttributeNames, d::expressionAttributeValues);
                    a.delete(d.build());
                }
                default -> {
                    ConditionCheck.Builder cc = ConditionCheck.builder().tableName(table).key(key)
                            .conditionExpression(condition(e, 0, false, tags))
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

    private Map<String, AttributeValue> key(boolean ranged) {
        Map<String, AttributeValue> k = new LinkedHashMap<>();
        if (ranged) {
            k.put("pk", s(pick(R_KEYS)));
            k.put("sk", s(pick(SORT_KEYS)));
        } else {
            k.put("pk", s(pick(H_KEYS)));
        }
        return k;
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, boolean ranged) {
        Map<String, AttributeValue> k = new LinkedHashMap<>();
        k.put("pk", item.get("pk"));
        if (ranged) {
            k.put("sk", item.get("sk"));
        }
        return k;
    }

    private Map<String, AttributeValue> item(boolean ranged) {
        Map<String, AttributeValue> item = key(ranged);
        for (String a : ATTRS) {
            if (r.nextInt(10) < (a.equals("gk") ? 6 : 5)) {
                item.put(a, valueFor(a));
            }
        }
        return item;
    }

    private AttributeValue valueFor(String attr) {
        return switch (attr) {
            case "n" -> n(number());
            case "s" -> s(string());
            case "ss" -> AttributeValue.fromSs(subset(SET_STRINGS));
            case "ns" -> AttributeValue.fromNs(subset(SET_NUMBERS));
            case "l" -> list();
            case "m" -> map();
            case "flag" -> AttributeValue.fromBool(r.nextBoolean());
            case "gk" -> s(pick(List.of("g0", "g1", "g2")));
            default -> throw new IllegalArgumentException(attr);
        };
    }

    private String number() {
        return r.nextInt(10) < 8 ? Integer.toString(r.nextInt(16) - 3) : pick(NUMBERS);
    }

    private String string() {
        return r.nextInt(20) == 0 ? "" : pick(STRINGS.subList(0, STRINGS.size() - 1));
    }

    private AttributeValue list() {
        List<AttributeValue> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            l.add(r.nextBoolean() ? n(number()) : s(string()));
        }
        return AttributeValue.fromL(l);
    }

    private AttributeValue map() {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        if (r.nextInt(10) < 7) {
            m.put("a", n(number()));
        }
        if (r.nextInt(10) < 7) {
            m.put("b", s(string()));
        }
        return AttributeValue.fromM(m);
    }

    private List<String> subset(List<String> from) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return new ArrayList<>(copy.subList(0, 1 + r.nextInt(copy.size())));
    }

    // ---------------------------------------------------------------- expressions

    /**
     * A condition of up to two levels of AND / OR / NOT over the functions and comparators DynamoDB documents.
     * In a query's filter the key attributes may not appear (DynamoDB refuses them), so {@code filter} leaves them out.
     */
    private String condition(Ex e, int depth, boolean filter, Set<String> tags) {
        if (depth < 2 && r.nextInt(10) < 3) {
            return switch (r.nextInt(3)) {
                case 0 -> "(" + condition(e, depth + 1, filter, tags) + ") AND ("
                        + condition(e, depth + 1, filter, tags) + ")";
                case 1 -> "(" + condition(e, depth + 1, filter, tags) + ") OR ("
                        + condition(e, depth + 1, filter, tags) + ")";
                default -> "NOT (" + condition(e, depth + 1, filter, tags) + ")";
            };
        }
        List<String> any = new ArrayList<>(ATTRS);
        if (!filter) {
            any.add("pk");
            any.add("sk");
        }
        int kind = r.nextInt(15);
        tags.add("cond:" + kind);
        return switch (kind) {
            case 0 -> "attribute_exists(" + e.name(pick(any)) + ")";
            case 1 -> "attribute_not_exists(" + e.name(pick(any)) + ")";
            case 2 -> e.name("n") + " " + pick(COMPARATORS) + " " + e.value(n(number()));
            case 3 -> e.name("s") + " " + pick(COMPARATORS) + " " + e.value(s(string()));
            case 4 -> {
                int lo = r.nextInt(10) - 3;
                yield e.name("n") + " BETWEEN " + e.value(n(Integer.toString(lo))) + " AND "
                        + e.value(n(Integer.toString(lo + r.nextInt(8))));
            }
            case 5 -> "begins_with(" + e.name("s") + ", " + e.value(s(pick(List.of("a", "al", "b", "g", "alpha"))))
                    + ")";
            case 6 -> "size(" + e.name(pick(List.of("s", "ss", "ns", "l", "m"))) + ") " + pick(COMPARATORS) + " "
                    + e.value(n(Integer.toString(r.nextInt(5))));
            case 7 -> e.name("n") + " IN (" + e.value(n(number())) + ", " + e.value(n(number())) + ", "
                    + e.value(n(number())) + ")";
            case 8 -> switch (r.nextInt(3)) {
                case 0 -> "contains(" + e.name("ss") + ", " + e.value(s(pick(SET_STRINGS))) + ")";
                case 1 -> "contains(" + e.name("s") + ", " + e.value(s(pick(List.of("l", "ph", "a", "zz")))) + ")";
                default -> "contains(" + e.name("ns") + ", " + e.value(n(pick(SET_NUMBERS))) + ")";
            };
            case 9 -> "attribute_type(" + e.name(pick(ATTRS)) + ", " + e.value(s(pick(TYPES))) + ")";
            case 10 -> e.name("m") + "." + e.name("a") + " " + pick(COMPARATORS) + " " + e.value(n(number()));
            case 11 -> e.name("l") + "[" + r.nextInt(2) + "] = " + e.value(r.nextBoolean() ? n(number())
                    : s(string()));
            case 12 -> e.name("flag") + " = " + e.value(AttributeValue.fromBool(r.nextBoolean()));
            // Two attributes compared: both made to exist first, since what a comparison with a missing operand
            // gives is what the attribute_exists atoms already cover. No parentheses of its own: the AND / OR /
            // NOT above add them, and moto refuses a doubled pair, ((a)), which DynamoDB takes.
            case 13 -> {
                String s = e.name("s");
                String g = e.name("gk");
                yield "attribute_exists(" + s + ") AND attribute_exists(" + g + ") AND " + s + " "
                        + pick(COMPARATORS) + " " + g;
            }
            default -> filter ? "attribute_exists(" + e.name("m") + "." + e.name("b") + ")"
                    : e.name("pk") + " = " + e.value(s(pick(r.nextBoolean() ? H_KEYS : R_KEYS)));
        };
    }

    /** A filter on the index: neither the table's keys nor the index's. */
    private String indexFilter(Ex e, Set<String> tags) {
        return switch (r.nextInt(4)) {
            case 0 -> "attribute_exists(" + e.name(pick(List.of("s", "ss", "l", "m", "flag"))) + ")";
            case 1 -> "begins_with(" + e.name("s") + ", " + e.value(s(pick(List.of("a", "b", "g")))) + ")";
            case 2 -> "size(" + e.name(pick(List.of("ss", "l"))) + ") >= " + e.value(n(Integer.toString(r.nextInt(3))))
                    + tag(tags, "cond:6");
            default -> "NOT (" + e.name("flag") + " = " + e.value(AttributeValue.fromBool(true)) + ")";
        };
    }

    /** One to three actions, each on its own attribute, in SET / REMOVE / ADD / DELETE clauses of random order. */
    private String update(Ex e, Set<String> tags) {
        List<String> attrs = new ArrayList<>(ATTRS);
        Collections.shuffle(attrs, r);
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        for (String c : List.of("SET", "REMOVE", "ADD", "DELETE")) {
            clauses.put(c, new ArrayList<>());
        }
        int n = 1 + r.nextInt(3);
        for (String a : attrs.subList(0, n)) {
            String p = e.name(a);
            int kind;
            switch (a) {
                case "n" -> {
                    kind = r.nextInt(7);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = " + e.value(n(number())));
                        case 1 -> clauses.get("SET").add(p + " = " + p + " + " + e.value(n(number())));
                        case 2 -> clauses.get("SET").add(p + " = " + p + " - " + e.value(n(number())));
                        case 3 -> clauses.get("SET").add(p + " = if_not_exists(" + p + ", " + e.value(n("0"))
                                + ") + " + e.value(n(number())));
                        case 4 -> clauses.get("ADD").add(p + " " + e.value(n(number())));
                        case 5 -> clauses.get("REMOVE").add(p);
                        default -> clauses.get("SET").add(p + " = " + e.value(n(number())) + " - if_not_exists("
                                + p + ", " + e.value(n("1")) + ")");
                    }
                }
                case "s" -> {
                    kind = r.nextInt(3);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = " + e.value(s(string())));
                        case 1 -> clauses.get("SET").add(p + " = if_not_exists(" + p + ", " + e.value(s(string()))
                                + ")");
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "ss", "ns" -> {
                    kind = r.nextInt(4);
                    AttributeValue set = a.equals("ss") ? AttributeValue.fromSs(subset(SET_STRINGS))
                            : AttributeValue.fromNs(subset(SET_NUMBERS));
                    switch (kind) {
                        case 0 -> clauses.get("ADD").add(p + " " + e.value(set));
                        case 1 -> clauses.get("DELETE").add(p + " " + e.value(set));
                        case 2 -> clauses.get("SET").add(p + " = " + e.value(set));
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "l" -> {
                    kind = r.nextInt(5);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = list_append(if_not_exists(" + p + ", "
                                + e.value(AttributeValue.fromL(List.of())) + "), " + e.value(list()) + ")");
                        case 1 -> clauses.get("SET").add(p + " = list_append(" + e.value(list()) + ", " + p + ")");
                        case 2 -> clauses.get("SET").add(p + "[" + r.nextInt(4) + "] = " + e.value(n(number())));
                        case 3 -> clauses.get("REMOVE").add(p + "[" + r.nextInt(3) + "]");
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "m" -> {
                    kind = r.nextInt(5);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = " + e.value(map()));
                        case 1 -> clauses.get("SET").add(p + "." + e.name("a") + " = " + e.value(n(number())));
                        case 2 -> clauses.get("SET").add(p + "." + e.name("b") + " = " + e.value(s(string())));
                        case 3 -> clauses.get("REMOVE").add(p + "." + e.name("b"));
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "flag" -> {
                    kind = r.nextInt(2);
                    if (kind == 0) {
                        clauses.get("SET").add(p + " = " + e.value(AttributeValue.fromBool(r.nextBoolean())));
                    } else {
                        clauses.get("REMOVE").add(p);
                    }
                }
                default -> {
                    kind = r.nextInt(2);
                    if (kind == 0) {
                        clauses.get("SET").add(p + " = " + e.value(s(pick(List.of("g0", "g1", "g2")))));
                    } else {
                        clauses.get("REMOVE").add(p);
                    }
                }
            }
            tags.add("update:" + a + ":" + kind);
        }
        List<String> parts = new ArrayList<>();
        clauses.forEach((c, actions) -> {
            if (!actions.isEmpty()) {
                parts.add(c + " " + String.join(", ", actions));
            }
        });
        Collections.shuffle(parts, r);
        return String.join(" ", parts);
    }

    private String projection(Ex e) {
        List<String> paths = new ArrayList<>(List.of("pk", "n", "s", "ss", "l", "m", "flag", "gk", "m.a", "l[0]",
                "l[1]", "m.b"));
        Collections.shuffle(paths, r);
        List<String> chosen = new ArrayList<>();
        for (String p : paths.subList(0, 1 + r.nextInt(3))) {
            if (p.startsWith("m.")) {
                chosen.add(e.name("m") + "." + e.name(p.substring(2)));
            } else if (p.startsWith("l[")) {
                chosen.add(e.name("l") + p.substring(1));
            } else {
                chosen.add(e.name(p));
            }
        }
        // Overlapping paths (m and m.a) are refused by DynamoDB: keep the first of each top-level attribute.
        List<String> kept = new ArrayList<>();
        Set<String> tops = new LinkedHashSet<>();
        for (String c : chosen) {
            String top = c.split("[.\\[]")[0];
            if (tops.add(top)) {
                kept.add(c);
            }
        }
        return String.join(", ", kept);
    }

    private static String tag(Set<String> tags, String tag) {
        tags.add(tag);
        return "";
    }

    private <T> T pick(List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    /**
     * The placeholders of one request. A name is written bare a third of the time (none of these names is a
     * reserved word), so that both forms are exercised; every placeholder made is used.
     */
    private final class Ex {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, AttributeValue> values = new LinkedHashMap<>();

        String name(String attr) {
            if (r.nextInt(3) == 0) {
                return attr;
            }
            String p = "#" + attr;
            names.put(p, attr);
            return p;
        }

        String value(AttributeValue v) {
            String p = ":v" + values.size();
            values.put(p, v);
            return p;
        }

        void applyTo(java.util.function.Consumer<Map<String, String>> n,
                     java.util.function.Consumer<Map<String, AttributeValue>> v) {
            if (!names.isEmpty()) {
                n.accept(names);
            }
            if (!values.isEmpty()) {
                v.accept(values);
            }
        }
    }
}
