package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static id.pekalongan.batikberlian.dynamodb.Clients.n;
import static id.pekalongan.batikberlian.dynamodb.Clients.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** PutItem, GetItem, UpdateItem and DeleteItem: values, keys, conditions, return values, capacity. */
class EngineItemsTest {

    static DynamoDbServer server;
    static DynamoDbClient ddb;

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbServer.start(0, null);
        ddb = Clients.dynamo(server.endpoint());
        ddb.createTable(b -> b.tableName("people").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("nik").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("kel").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("nik").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byKel")
                        .keySchema(k -> k.attributeName("kel").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        Clients.table(ddb, "pairs", "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N);
    }

    @AfterAll
    static void stop() {
        ddb.close();
        server.close();
    }

    private static Map<String, AttributeValue> get(String nik) {
        return ddb.getItem(b -> b.tableName("people").key(item("nik", nik)).consistentRead(true)).item();
    }

    static Stream<Arguments> refusedWrites() {
        return Stream.of(
                Arguments.of("empty string key", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", ""))), "The AttributeValue for a key attribute cannot contain an empty "
                        + "string value. Key: nik"),
                Arguments.of("missing key", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("name", "x"))), "Missing the key nik in the item"),
                Arguments.of("key of the wrong type", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", 5))), "Type mismatch for key nik"),
                Arguments.of("gsi key of the wrong type", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", "1", "kel", 5))), "Type mismatch for Index Key kel"),
                Arguments.of("gsi key empty", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", "1", "kel", ""))), "IndexName: byKel"),
                Arguments.of("extra key part", (Executable) () -> ddb.getItem(b -> b.tableName("people")
                        .key(item("nik", "1", "kel", "x"))), "The provided key element does not match the schema"),
                Arguments.of("missing range part", (Executable) () -> ddb.getItem(b -> b.tableName("pairs")
                        .key(item("pk", "1"))), "The provided key element does not match the schema"),
                Arguments.of("empty key on delete", (Executable) () -> ddb.deleteItem(b -> b.tableName("people")
                        .key(item("nik", ""))), "cannot contain an empty string value"),
                Arguments.of("too big", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", "big", "blob", "x".repeat(400 * 1024)))),
                        "Item size has exceeded the maximum allowed size"),
                Arguments.of("update of the key", (Executable) () -> ddb.updateItem(b -> b.tableName("people")
                        .key(item("nik", "1")).updateExpression("SET nik = :v")
                        .expressionAttributeValues(Map.of(":v", s("2")))),
                        "Cannot update attribute nik. This attribute is part of the key"),
                Arguments.of("unused value", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", "1")).conditionExpression("attribute_not_exists(nik)")
                        .expressionAttributeValues(Map.of(":v", s("2")))), "unused"),
                Arguments.of("38 digits are the most", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", "1", "n", n("1" + "0".repeat(37) + ".5")))), "significant digits"),
                Arguments.of("empty set", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(Map.of("nik", s("1"), "ss", AttributeValue.fromSs(List.of())))), "empty"),
                Arguments.of("duplicate in a set", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(Map.of("nik", s("1"), "ss", AttributeValue.fromSs(List.of("a", "a"))))),
                        "duplicate"),
                Arguments.of("ALL_NEW on put", (Executable) () -> ddb.putItem(b -> b.tableName("people")
                        .item(item("nik", "1")).returnValues(ReturnValue.ALL_NEW)), "ReturnValues"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedWrites")
    void refuses(String what, Executable call, String words) {
        DynamoDbException e = assertThrows(DynamoDbException.class, call);
        assertEquals("ValidationException", e.awsErrorDetails().errorCode());
        assertTrue(e.awsErrorDetails().errorMessage().contains(words), e.awsErrorDetails().errorMessage());
    }

    @Test
    void keepsEveryTypeAndNumbersTo38Digits() {
        Map<String, AttributeValue> it = new HashMap<>();
        it.put("nik", s("types"));
        it.put("big", n("12345678901234567890123456789012345678"));
        it.put("small", n("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"));
        it.put("neg", n("-9.9999999999999999999999999999999999999E+125"));
        it.put("ss", AttributeValue.fromSs(List.of("b", "a")));
        it.put("ns", AttributeValue.fromNs(List.of("1", "2.5")));
        it.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"))));
        it.put("m", AttributeValue.fromM(Map.of("inner", AttributeValue.fromL(List.of(n("1"),
                AttributeValue.fromNul(true), AttributeValue.fromBool(false))))));
        it.put("bin", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, (byte) 255})));
        ddb.putItem(b -> b.tableName("people").item(it));
        Map<String, AttributeValue> back = get("types");
        assertEquals("12345678901234567890123456789012345678", back.get("big").n());
        assertEquals(0, new java.math.BigDecimal(back.get("small").n())
                .compareTo(new java.math.BigDecimal("1E-87")));
        assertEquals(0, new java.math.BigDecimal(back.get("neg").n())
                .compareTo(new java.math.BigDecimal("-9.9999999999999999999999999999999999999E+125")));
        assertEquals(Set.of("a", "b"), Set.copyOf(back.get("ss").ss()));
        assertEquals(Set.of("1", "2.5"), Set.copyOf(back.get("ns").ns()));
        assertEquals("x", back.get("bs").bs().get(0).asUtf8String());
        assertTrue(back.get("m").m().get("inner").l().get(1).nul());
        assertEquals(255, back.get("bin").b().asByteArray()[1] & 0xff);
    }

    @Test
    void conditionsOnMissingAttributesAndItems() {
        ddb.putItem(b -> b.tableName("people").item(item("nik", "c1", "age", 30)));
        // attribute_not_exists on a missing item holds; a comparison with a missing attribute does not.
        ddb.putItem(b -> b.tableName("people").item(item("nik", "c2")).conditionExpression("attribute_not_exists(nik)"));
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(b -> b.tableName("people")
                .item(item("nik", "c2")).conditionExpression("attribute_not_exists(nik)")));
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(b -> b.tableName("people")
                .item(item("nik", "c3")).conditionExpression("age > :z")
                .expressionAttributeValues(Map.of(":z", n(0)))));
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.updateItem(b -> b.tableName("people")
                .key(item("nik", "c1")).updateExpression("SET age = :a").conditionExpression("age <> :a")
                .expressionAttributeValues(Map.of(":a", n(30)))));
        ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class,
                () -> ddb.deleteItem(b -> b.tableName("people").key(item("nik", "c1"))
                        .conditionExpression("age < :a").expressionAttributeValues(Map.of(":a", n(18)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
        assertEquals("30", e.item().get("age").n());
        assertEquals("The conditional request failed", e.awsErrorDetails().errorMessage());
        // A type mismatch is simply false.
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.deleteItem(b -> b.tableName("people")
                .key(item("nik", "c1")).conditionExpression("age = :a")
                .expressionAttributeValues(Map.of(":a", s("30")))));
        assertFalse(get("c1").isEmpty());
    }

    @Test
    void returnsValuesAsAsked() {
        ddb.putItem(b -> b.tableName("people").item(item("nik", "rv", "a", 1, "b", "x")));
        var old = ddb.putItem(b -> b.tableName("people").item(item("nik", "rv", "a", 2, "b", "x"))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertEquals("1", old.get("a").n());
        var updatedNew = ddb.updateItem(b -> b.tableName("people").key(item("nik", "rv"))
                .updateExpression("SET a = a + :one").expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        assertEquals(Map.of("a", n("3")), updatedNew);
        var updatedOld = ddb.updateItem(b -> b.tableName("people").key(item("nik", "rv"))
                .updateExpression("REMOVE b").returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertEquals(Map.of("b", s("x")), updatedOld);
        var allNew = ddb.updateItem(b -> b.tableName("people").key(item("nik", "rv"))
                .updateExpression("ADD tags :t").expressionAttributeValues(Map.of(":t",
                        AttributeValue.fromSs(List.of("p")))).returnValues(ReturnValue.ALL_NEW)).attributes();
        assertEquals(Set.of("nik", "a", "tags"), allNew.keySet());
        var deleted = ddb.deleteItem(b -> b.tableName("people").key(item("nik", "rv"))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertEquals("3", deleted.get("a").n());
        assertTrue(get("rv").isEmpty());
        assertFalse(ddb.getItem(b -> b.tableName("people").key(item("nik", "rv"))).hasItem());
    }

    @Test
    void updateCreatesTheItemFromItsKey() {
        ddb.updateItem(b -> b.tableName("pairs").key(item("pk", "u", "sk", 1))
                .updateExpression("SET #c = if_not_exists(#c, :z) + :one")
                .expressionAttributeNames(Map.of("#c", "count"))
                .expressionAttributeValues(Map.of(":z", n(0), ":one", n(1))));
        var it = ddb.getItem(b -> b.tableName("pairs").key(item("pk", "u", "sk", 1))).item();
        assertEquals(Map.of("pk", s("u"), "sk", n("1"), "count", n("1")), it);
    }

    @Test
    void projects() {
        ddb.putItem(b -> b.tableName("people").item(Map.of("nik", s("pr"), "a", n("1"),
                "m", AttributeValue.fromM(Map.of("x", s("1"), "y", s("2"))),
                "l", AttributeValue.fromL(List.of(s("l0"), s("l1"))))));
        var it = ddb.getItem(b -> b.tableName("people").key(item("nik", "pr"))
                .projectionExpression("m.y, l[1], #a").expressionAttributeNames(Map.of("#a", "a"))).item();
        assertEquals(Map.of("a", n("1"), "m", AttributeValue.fromM(Map.of("y", s("2"))),
                "l", AttributeValue.fromL(List.of(s("l1")))), it);
    }

    @Test
    void countsCapacityAsDynamoDbDoes() {
        String kb3 = "x".repeat(2500);
        ConsumedCapacity put = ddb.putItem(b -> b.tableName("people").item(item("nik", "cap", "kel", "k", "d", kb3))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
        assertEquals(3.0, put.table().capacityUnits());
        assertEquals(3.0, put.globalSecondaryIndexes().get("byKel").capacityUnits());
        assertEquals(6.0, put.capacityUnits());
        ConsumedCapacity strong = ddb.getItem(b -> b.tableName("people").key(item("nik", "cap")).consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(1.0, strong.capacityUnits());
        ConsumedCapacity eventual = ddb.getItem(b -> b.tableName("people").key(item("nik", "cap"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(0.5, eventual.capacityUnits());
        ConsumedCapacity shrink = ddb.putItem(b -> b.tableName("people").item(item("nik", "cap"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        assertEquals(3.0 + 3.0, shrink.capacityUnits(), "the larger of the old and new item, and the index delete");
        assertNull(ddb.putItem(b -> b.tableName("people").item(item("nik", "cap"))).consumedCapacity());
    }
}
