package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static id.pekalongan.batikberlian.dynamodb.Clients.n;
import static id.pekalongan.batikberlian.dynamodb.Clients.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Query and Scan: sort orders, key conditions, Limit and 1 MB pages, filters, indexes, segments. */
class EngineQueryScanTest {

    static DynamoDbServer server;
    static DynamoDbClient ddb;

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbServer.start(0, null);
        ddb = Clients.dynamo(server.endpoint());
        Clients.table(ddb, "byN", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
        Clients.table(ddb, "byS", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);
        Clients.table(ddb, "byB", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.B);
        for (String v : List.of("-10", "-1.5", "0", "2", "10", "100", "1E+3")) {
            ddb.putItem(b -> b.tableName("byN").item(item("pk", "p", "sk", n(v))));
        }
        // UTF-8 byte order: "Z" < "a" < "é" (0xC3) < "中" (0xE4) < "😀" (0xF0).
        for (String v : List.of("a", "Z", "é", "😀", "中", "ab", "aa")) {
            ddb.putItem(b -> b.tableName("byS").item(item("pk", "p", "sk", s(v))));
        }
        for (byte[] v : List.of(new byte[] {(byte) 0xff}, new byte[] {0x01}, new byte[] {0x7f},
                new byte[] {(byte) 0x80}, new byte[] {0x01, 0x00})) {
            ddb.putItem(b -> b.tableName("byB").item(Map.of("pk", s("p"),
                    "sk", AttributeValue.fromB(SdkBytes.fromByteArray(v)))));
        }
        ddb.createTable(b -> b.tableName("indexed").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("kel").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("at").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byKel")
                        .keySchema(k -> k.attributeName("kel").keyType(KeyType.HASH),
                                k -> k.attributeName("at").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))));
        for (int i = 0; i < 30; i++) {
            int x = i;
            // Only even items carry the index keys: the index is sparse. Items share 'at' values.
            ddb.putItem(b -> b.tableName("indexed").item(x % 2 == 0
                    ? item("id", "i" + x, "kel", "k" + (x % 4), "at", x / 4, "payload", "v" + x)
                    : item("id", "i" + x, "payload", "v" + x)));
        }
    }

    @AfterAll
    static void stop() {
        ddb.close();
        server.close();
    }

    private static List<String> sortKeys(String table, boolean forward) {
        List<String> out = new ArrayList<>();
        for (Map<String, AttributeValue> it : ddb.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))).scanIndexForward(forward)).items()) {
            AttributeValue v = it.get("sk");
            out.add(v.n() != null ? v.n() : v.s() != null ? v.s()
                    : java.util.HexFormat.of().formatHex(v.b().asByteArray()));
        }
        return out;
    }

    @Test
    void ordersNumbersStringsAndBinaryAsDynamoDb() {
        assertEquals(List.of("-10", "-1.5", "0", "2", "10", "100", "1000"), sortKeys("byN", true).stream()
                .map(x -> new java.math.BigDecimal(x).toPlainString()).toList());
        assertEquals(List.of("Z", "a", "aa", "ab", "é", "中", "😀"), sortKeys("byS", true));
        assertEquals(List.of("01", "0100", "7f", "80", "ff"), sortKeys("byB", true));
        List<String> backwards = sortKeys("byS", false);
        assertEquals("😀", backwards.get(0));
        assertEquals("Z", backwards.get(backwards.size() - 1));
    }

    static Stream<Arguments> keyConditions() {
        return Stream.of(
                Arguments.of("sk = :a", Map.of(":a", n("2")), List.of("2")),
                Arguments.of("sk < :a", Map.of(":a", n("0")), List.of("-10", "-1.5")),
                Arguments.of("sk <= :a", Map.of(":a", n("0")), List.of("-10", "-1.5", "0")),
                Arguments.of("sk > :a", Map.of(":a", n("10")), List.of("100", "1E+3")),
                Arguments.of("sk >= :a", Map.of(":a", n("10")), List.of("10", "100", "1E+3")),
                Arguments.of("sk BETWEEN :a AND :b", Map.of(":a", n("-1.5"), ":b", n("10")),
                        List.of("-1.5", "0", "2", "10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyConditions")
    void queriesByKeyCondition(String condition, Map<String, AttributeValue> values, List<String> expected) {
        Map<String, AttributeValue> all = new java.util.HashMap<>(values);
        all.put(":p", s("p"));
        List<String> got = ddb.query(b -> b.tableName("byN").keyConditionExpression("pk = :p AND " + condition)
                .expressionAttributeValues(all)).items().stream().map(i -> i.get("sk").n()).toList();
        assertEquals(expected.stream().map(x -> new java.math.BigDecimal(x).toPlainString()).toList(),
                got.stream().map(x -> new java.math.BigDecimal(x).toPlainString()).toList());
    }

    @Test
    void beginsWithOnStrings() {
        List<String> got = ddb.query(b -> b.tableName("byS").keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", s("a")))).items().stream()
                .map(i -> i.get("sk").s()).toList();
        assertEquals(List.of("a", "aa", "ab"), got);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.query(b -> b.tableName("byN")
                .keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", n("1")))));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
    }

    @Test
    void pagesAtLimitCountedBeforeTheFilter() {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> s0 = start;
            QueryResponse r = ddb.query(b -> b.tableName("byN").keyConditionExpression("pk = :p")
                    .filterExpression("sk <> :two").limit(2).exclusiveStartKey(s0)
                    .expressionAttributeValues(Map.of(":p", s("p"), ":two", n("2"))));
            assertEquals(r.lastEvaluatedKey().isEmpty() ? r.scannedCount() : 2, r.scannedCount());
            r.items().forEach(i -> seen.add(i.get("sk").n()));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
            pages++;
        } while (start != null);
        assertEquals(6, seen.size());
        assertTrue(pages >= 4);
        QueryResponse count = ddb.query(b -> b.tableName("byN").keyConditionExpression("pk = :p")
                .filterExpression("sk > :z").select(Select.COUNT)
                .expressionAttributeValues(Map.of(":p", s("p"), ":z", n("0"))));
        assertEquals(4, count.count());
        assertEquals(7, count.scannedCount());
        assertTrue(count.items().isEmpty());
    }

    @Test
    void pagesAtOneMegabyteOfItemsRead() {
        Clients.table(ddb, "large", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
        String blob = "x".repeat(100 * 1024);
        for (int i = 0; i < 25; i++) {
            int x = i;
            ddb.putItem(b -> b.tableName("large").item(item("pk", "p", "sk", x, "blob", blob)));
        }
        QueryResponse first = ddb.query(b -> b.tableName("large").keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p"))));
        assertEquals(10, first.count(), "ten 100 KB items fill the 1 MB page");
        assertEquals("9", first.lastEvaluatedKey().get("sk").n());
        // The filter matches nothing, yet the page still ends at 1 MB read.
        QueryResponse filtered = ddb.query(b -> b.tableName("large").keyConditionExpression("pk = :p")
                .filterExpression("attribute_exists(nothing)").expressionAttributeValues(Map.of(":p", s("p"))));
        assertEquals(0, filtered.count());
        assertEquals(10, filtered.scannedCount());
        int total = 0;
        for (ScanResponse page : ddb.scanPaginator(b -> b.tableName("large"))) {
            assertTrue(page.count() <= 10);
            total += page.count();
        }
        assertEquals(25, total);
    }

    @Test
    void queriesASparseIndexWithIndexKeysInTheLastKey() {
        Set<String> ids = new HashSet<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> s0 = start;
            QueryResponse r = ddb.query(b -> b.tableName("indexed").indexName("byKel")
                    .keyConditionExpression("kel = :k").expressionAttributeValues(Map.of(":k", s("k0")))
                    .limit(2).exclusiveStartKey(s0));
            for (Map<String, AttributeValue> i : r.items()) {
                assertEquals(Set.of("id", "kel", "at"), i.keySet(), "KEYS_ONLY");
                ids.add(i.get("id").s());
            }
            start = r.lastEvaluatedKey().isEmpty() ? null : r.lastEvaluatedKey();
            if (start != null) {
                assertEquals(Set.of("id", "kel", "at"), start.keySet());
            }
        } while (start != null);
        assertEquals(Set.of("i0", "i4", "i8", "i12", "i16", "i20", "i24", "i28"), ids);
        assertEquals(15, ddb.scan(b -> b.tableName("indexed").indexName("byKel")).count(), "only even items");
        assertThrows(DynamoDbException.class, () -> ddb.query(b -> b.tableName("indexed").indexName("byKel")
                .keyConditionExpression("kel = :k").expressionAttributeValues(Map.of(":k", s("k0")))
                .select(Select.ALL_ATTRIBUTES)));
        assertThrows(DynamoDbException.class, () -> ddb.query(b -> b.tableName("indexed").indexName("byKel")
                .consistentRead(true).keyConditionExpression("kel = :k")
                .expressionAttributeValues(Map.of(":k", s("k0")))));
        assertThrows(DynamoDbException.class, () -> ddb.query(b -> b.tableName("indexed").indexName("nope")
                .keyConditionExpression("kel = :k").expressionAttributeValues(Map.of(":k", s("k0")))));
    }

    @Test
    void localIndexesWithIncludedAttributesAndReadsThrough() {
        ddb.createTable(b -> b.tableName("local").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("when").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .localSecondaryIndexes(l -> l.indexName("byWhen")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                                k -> k.attributeName("when").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("kept"))));
        for (int i = 0; i < 5; i++) {
            int x = i;
            ddb.putItem(b -> b.tableName("local").item(item("pk", "p", "sk", "s" + x, "when", 10 - x,
                    "kept", "k" + x, "dropped", "d" + x)));
        }
        QueryResponse r = ddb.query(b -> b.tableName("local").indexName("byWhen")
                .keyConditionExpression("pk = :p AND #w > :w").expressionAttributeNames(Map.of("#w", "when"))
                .expressionAttributeValues(Map.of(":p", s("p"), ":w", n(7))));
        assertEquals(List.of("s2", "s1", "s0"), r.items().stream().map(i -> i.get("sk").s()).toList(),
                "in index order");
        assertEquals(Set.of("pk", "sk", "when", "kept"), r.items().get(0).keySet());
        QueryResponse all = ddb.query(b -> b.tableName("local").indexName("byWhen").select(Select.ALL_ATTRIBUTES)
                .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p"))).limit(1));
        assertEquals("d4", all.items().get(0).get("dropped").s(), "a local index reads the table for the rest");
        assertEquals(Set.of("pk", "sk", "when"), all.lastEvaluatedKey().keySet());
    }

    @Test
    void refusesQueriesOffTheKey() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.query(b -> b.tableName("byN")
                .keyConditionExpression("nonkey = :p").expressionAttributeValues(Map.of(":p", s("p")))));
        assertTrue(e.awsErrorDetails().errorMessage().contains("Query condition missed key schema element"),
                e.awsErrorDetails().errorMessage());
        assertThrows(DynamoDbException.class, () -> ddb.query(b -> b.tableName("byN")
                .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", n("1")))));
    }

    @Test
    void scansInSegmentsThatPartitionTheTable() {
        Clients.table(ddb, "segmented", "id", ScalarAttributeType.S, null, null);
        for (int i = 0; i < 200; i++) {
            int x = i;
            ddb.putItem(b -> b.tableName("segmented").item(item("id", "s" + x)));
        }
        Set<String> all = new HashSet<>();
        int segments = 4;
        for (int seg = 0; seg < segments; seg++) {
            int sg = seg;
            int inSegment = 0;
            for (ScanResponse page : ddb.scanPaginator(b -> b.tableName("segmented").segment(sg)
                    .totalSegments(segments).limit(7))) {
                for (Map<String, AttributeValue> it : page.items()) {
                    assertTrue(all.add(it.get("id").s()), "an item in two segments");
                    inSegment++;
                }
            }
            assertTrue(inSegment > 20 && inSegment < 80, "segments roughly even: " + inSegment);
        }
        assertEquals(200, all.size());
        assertThrows(DynamoDbException.class, () -> ddb.scan(b -> b.tableName("segmented").segment(4)
                .totalSegments(4)));
        assertThrows(DynamoDbException.class, () -> ddb.scan(b -> b.tableName("segmented").segment(0)));
    }

    @Test
    void scanFiltersAndProjects() {
        ScanResponse r = ddb.scan(b -> b.tableName("indexed").filterExpression("attribute_not_exists(kel)")
                .projectionExpression("payload"));
        assertEquals(15, r.count());
        assertEquals(30, r.scannedCount());
        r.items().forEach(i -> assertEquals(Set.of("payload"), i.keySet()));
        assertNull(r.lastEvaluatedKey().isEmpty() ? null : r.lastEvaluatedKey());
        assertNotNull(r.items());
    }
}
