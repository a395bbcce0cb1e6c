package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static id.pekalongan.batikberlian.dynamodb.Clients.n;
import static id.pekalongan.batikberlian.dynamodb.Clients.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem, BatchWriteItem, TransactWriteItems and TransactGetItems. */
class EngineTransactionsTest {

    static DynamoDbServer server;
    static DynamoDbClient ddb;

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbServer.start(0, null);
        ddb = Clients.dynamo(server.endpoint());
        Clients.table(ddb, "accounts", "id", ScalarAttributeType.S, null, null);
        Clients.table(ddb, "audit", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    }

    @AfterAll
    static void stop() {
        ddb.close();
        server.close();
    }

    private static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(condition))
                .build();
    }

    @Test
    void cancelsWithReasonsInRequestOrderAndAppliesNothing() {
        ddb.putItem(b -> b.tableName("accounts").item(item("id", "held", "balance", 10)));
        TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
                () -> ddb.transactWriteItems(b -> b.transactItems(
                        put("accounts", item("id", "fresh"), "attribute_not_exists(id)"),
                        TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("id", "held"))
                                .updateExpression("SET balance = balance - :x").conditionExpression("balance >= :x")
                                .expressionAttributeValues(Map.of(":x", n(50)))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                                .build(),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName("audit")
                                .key(item("pk", "a", "sk", 1)).conditionExpression("attribute_exists(pk)")).build())));
        List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code).toList();
        assertEquals(List.of("None", "ConditionalCheckFailed", "ConditionalCheckFailed"), codes);
        assertEquals("10", e.cancellationReasons().get(1).item().get("balance").n());
        assertFalse(e.cancellationReasons().get(2).hasItem());
        assertEquals("The conditional request failed", e.cancellationReasons().get(1).message());
        assertTrue(e.awsErrorDetails().errorMessage().startsWith("Transaction cancelled, please refer cancellation "
                + "reasons for specific reasons [None, ConditionalCheckFailed, ConditionalCheckFailed]"),
                e.awsErrorDetails().errorMessage());
        assertFalse(ddb.getItem(b -> b.tableName("accounts").key(item("id", "fresh"))).hasItem());
    }

    @Test
    void appliesEverythingWhenEveryConditionHolds() {
        ddb.putItem(b -> b.tableName("accounts").item(item("id", "from", "balance", 100)));
        ddb.putItem(b -> b.tableName("accounts").item(item("id", "gone")));
        var res = ddb.transactWriteItems(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).transactItems(
                TransactWriteItem.builder().update(u -> u.tableName("accounts").key(item("id", "from"))
                        .updateExpression("SET balance = balance - :x").conditionExpression("balance >= :x")
                        .expressionAttributeValues(Map.of(":x", n(30)))).build(),
                put("audit", item("pk", "t", "sk", 1, "what", "debit"), "attribute_not_exists(pk)"),
                TransactWriteItem.builder().delete(d -> d.tableName("accounts").key(item("id", "gone"))).build()));
        assertEquals("70", ddb.getItem(b -> b.tableName("accounts").key(item("id", "from"))).item().get("balance").n());
        assertFalse(ddb.getItem(b -> b.tableName("accounts").key(item("id", "gone"))).hasItem());
        assertEquals(2, res.consumedCapacity().size());
        double units = res.consumedCapacity().stream().mapToDouble(c -> c.capacityUnits()).sum();
        assertEquals(6.0, units, "three one-unit writes, doubled in a transaction");
        var got = ddb.transactGetItems(b -> b.transactItems(
                t -> t.get(g -> g.tableName("accounts").key(item("id", "from"))),
                t -> t.get(g -> g.tableName("accounts").key(item("id", "gone"))),
                t -> t.get(g -> g.tableName("audit").key(item("pk", "t", "sk", 1)).projectionExpression("what"))))
                .responses();
        assertEquals("70", got.get(0).item().get("balance").n());
        assertFalse(got.get(1).hasItem());
        assertEquals(Map.of("what", s("debit")), got.get(2).item());
    }

    @Test
    void refusesTwoActionsOnOneItemAndTooManyActions() {
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.transactWriteItems(b -> b.transactItems(
                put("accounts", item("id", "twice"), null), put("accounts", item("id", "twice", "x", 1), null))));
        assertEquals("Transaction request cannot include multiple operations on one item",
                e.awsErrorDetails().errorMessage());
        List<TransactWriteItem> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(put("accounts", item("id", "m" + i), null));
        }
        assertThrows(DynamoDbException.class, () -> ddb.transactWriteItems(b -> b.transactItems(many)));
    }

    @Test
    void aTokenMakesTheTransactionIdempotent() {
        ddb.putItem(b -> b.tableName("accounts").item(item("id", "counter", "n", 0)));
        TransactWriteItem add = TransactWriteItem.builder().update(u -> u.tableName("accounts")
                .key(item("id", "counter")).updateExpression("ADD n :one")
                .expressionAttributeValues(Map.of(":one", n(1)))).build();
        ddb.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(add));
        ddb.transactWriteItems(b -> b.clientRequestToken("token-1").transactItems(add));
        assertEquals("1", ddb.getItem(b -> b.tableName("accounts").key(item("id", "counter"))).item().get("n").n());
        assertThrows(IdempotentParameterMismatchException.class, () -> ddb.transactWriteItems(b -> b
                .clientRequestToken("token-1").transactItems(put("accounts", item("id", "other"), null))));
        ddb.transactWriteItems(b -> b.clientRequestToken("token-2").transactItems(add));
        assertEquals("2", ddb.getItem(b -> b.tableName("accounts").key(item("id", "counter"))).item().get("n").n());
    }

    @Test
    void noReaderSeesHalfATransaction() throws Exception {
        ddb.putItem(b -> b.tableName("accounts").item(item("id", "a", "v", 0)));
        ddb.putItem(b -> b.tableName("accounts").item(item("id", "b", "v", 0)));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 1; i <= 300; i++) {
                    int x = i;
                    ddb.transactWriteItems(b -> b.transactItems(
                            put("accounts", item("id", "a", "v", x), null),
                            put("accounts", item("id", "b", "v", x), null)));
                }
                stop.set(true);
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int torn = 0;
                    while (!stop.get()) {
                        var got = ddb.transactGetItems(b -> b.transactItems(
                                t -> t.get(g -> g.tableName("accounts").key(item("id", "a"))),
                                t -> t.get(g -> g.tableName("accounts").key(item("id", "b"))))).responses();
                        if (!got.get(0).item().get("v").equals(got.get(1).item().get("v"))) {
                            torn++;
                        }
                        var batch = ddb.batchGetItem(b -> b.requestItems(Map.of("accounts", KeysAndAttributes.builder()
                                .keys(item("id", "a"), item("id", "b")).build()))).responses().get("accounts");
                        if (!batch.get(0).get("v").equals(batch.get(1).get("v"))) {
                            torn++;
                        }
                    }
                    return torn;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> r : readers) {
                assertEquals(0, r.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void batchesReadAndWrite() {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int x = i;
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item("pk", "batch", "sk", x))).build());
        }
        var w = ddb.batchWriteItem(b -> b.requestItems(Map.of("audit", writes)));
        assertTrue(w.unprocessedItems().isEmpty());
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(item("pk", "batch", "sk", i));
        }
        var r = ddb.batchGetItem(b -> b.requestItems(Map.of("audit", KeysAndAttributes.builder().keys(keys).build())));
        assertEquals(25, r.responses().get("audit").size());
        assertTrue(r.unprocessedKeys().isEmpty());
        writes.add(WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "batch", "sk", 0))).build());
        DynamoDbException tooMany = assertThrows(DynamoDbException.class,
                () -> ddb.batchWriteItem(b -> b.requestItems(Map.of("audit", writes))));
        assertEquals("ValidationException", tooMany.awsErrorDetails().errorCode());
        DynamoDbException dup = assertThrows(DynamoDbException.class, () -> ddb.batchWriteItem(b -> b.requestItems(
                Map.of("audit", List.of(writes.get(0), WriteRequest.builder().deleteRequest(d -> d.key(
                        item("pk", "batch", "sk", 0))).build())))));
        assertEquals("Provided list of item keys contains duplicates", dup.awsErrorDetails().errorMessage());
        List<Map<String, AttributeValue>> tooManyKeys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooManyKeys.add(item("pk", "batch", "sk", i));
        }
        assertThrows(DynamoDbException.class, () -> ddb.batchGetItem(b -> b.requestItems(Map.of("audit",
                KeysAndAttributes.builder().keys(tooManyKeys).build()))));
        ddb.batchWriteItem(b -> b.requestItems(Map.of("audit", List.of(WriteRequest.builder()
                .deleteRequest(d -> d.key(item("pk", "batch", "sk", 0))).build()))));
        assertFalse(ddb.getItem(b -> b.tableName("audit").key(item("pk", "batch", "sk", 0))).hasItem());
    }
}
