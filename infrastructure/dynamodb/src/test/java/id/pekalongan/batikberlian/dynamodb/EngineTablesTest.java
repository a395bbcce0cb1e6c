package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable, TTL settings and tags. */
class EngineTablesTest {

    static DynamoDbServer server;
    static DynamoDbClient ddb;

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbServer.start(0, null);
        ddb = Clients.dynamo(server.endpoint());
    }

    @AfterAll
    static void stop() {
        ddb.close();
        server.close();
    }

    @Test
    void describesWhatWasCreated() {
        ddb.createTable(b -> b.tableName("applicants").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("nik").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("kel").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("statusNik").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("nik").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byKel")
                        .keySchema(k -> k.attributeName("kel").keyType(KeyType.HASH),
                                k -> k.attributeName("statusNik").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        ddb.putItem(b -> b.tableName("applicants").item(item("nik", "1", "kel", "k1", "statusNik", "A#1")));
        TableDescription t = ddb.describeTable(b -> b.tableName("applicants")).table();
        assertEquals(TableStatus.ACTIVE, t.tableStatus());
        assertEquals(1, t.itemCount());
        assertTrue(t.tableSizeBytes() > 0);
        assertEquals("arn:aws:dynamodb:ap-southeast-3:000000000000:table/applicants", t.tableArn());
        assertEquals(BillingMode.PAY_PER_REQUEST, t.billingModeSummary().billingMode());
        assertEquals(IndexStatus.ACTIVE, t.globalSecondaryIndexes().get(0).indexStatus());
        assertEquals(1, t.globalSecondaryIndexes().get(0).itemCount());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, t.streamSpecification().streamViewType());
        assertNotNull(t.latestStreamLabel());
        assertTrue(t.latestStreamArn().endsWith("table/applicants/stream/" + t.latestStreamLabel()));
        assertEquals(3, t.attributeDefinitions().size());
    }

    static Stream<Arguments> invalidTables() {
        return Stream.of(
                Arguments.of("definition not used", (Consumer<CreateTableRequest.Builder>) b -> b
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("other").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)), "AttributeDefinitions"),
                Arguments.of("key without definition", (Consumer<CreateTableRequest.Builder>) b -> b
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("nope").keyType(KeyType.HASH)), "AttributeDefinitions"),
                Arguments.of("range first", (Consumer<CreateTableRequest.Builder>) b -> b
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.RANGE)), "HASH"),
                Arguments.of("provisioned without throughput", (Consumer<CreateTableRequest.Builder>) b -> b
                        .billingMode(BillingMode.PROVISIONED)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)), "ReadCapacityUnits"),
                Arguments.of("lsi on a hash-only table", (Consumer<CreateTableRequest.Builder>) b -> b
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("x").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .localSecondaryIndexes(l -> l.indexName("lsi1").keySchema(
                                        k -> k.attributeName("id").keyType(KeyType.HASH),
                                        k -> k.attributeName("x").keyType(KeyType.RANGE))
                                .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))), "range key"),
                Arguments.of("stream without view type", (Consumer<CreateTableRequest.Builder>) b -> b
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .streamSpecification(s -> s.streamEnabled(true)), "StreamViewType"),
                Arguments.of("include without attributes", (Consumer<CreateTableRequest.Builder>) b -> b
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                                a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .globalSecondaryIndexes(g -> g.indexName("gsi1").keySchema(
                                        k -> k.attributeName("g").keyType(KeyType.HASH))
                                .projection(p -> p.projectionType(ProjectionType.INCLUDE))), "NonKeyAttributes"),
                Arguments.of("bad name", (Consumer<CreateTableRequest.Builder>) b -> b.tableName("a b")
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)), "regular expression"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTables")
    void refusesInvalidTables(String what, Consumer<CreateTableRequest.Builder> spec, String words) {
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName("invalid-" + what.replace(' ', '-'))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        spec.accept(b);
        DynamoDbException e = assertThrows(DynamoDbException.class, () -> ddb.createTable(b.build()));
        assertEquals("ValidationException", e.awsErrorDetails().errorCode(), e.getMessage());
        assertTrue(e.awsErrorDetails().errorMessage().contains(words), e.awsErrorDetails().errorMessage());
    }

    @Test
    void refusesATableTwiceAndUnknownTables() {
        Clients.table(ddb, "twice", "id", ScalarAttributeType.S, null, null);
        assertThrows(ResourceInUseException.class,
                () -> Clients.table(ddb, "twice", "id", ScalarAttributeType.S, null, null));
        assertThrows(ResourceNotFoundException.class, () -> ddb.describeTable(b -> b.tableName("nothing-here")));
        assertThrows(ResourceNotFoundException.class,
                () -> ddb.getItem(b -> b.tableName("nothing-here").key(item("id", "1"))));
        ddb.deleteTable(b -> b.tableName("twice"));
        assertThrows(ResourceNotFoundException.class, () -> ddb.describeTable(b -> b.tableName("twice")));
        assertThrows(ResourceNotFoundException.class, () -> ddb.deleteTable(b -> b.tableName("twice")));
    }

    @Test
    void listsTablesInPages() {
        for (int i = 0; i < 7; i++) {
            Clients.table(ddb, "list-" + i, "id", ScalarAttributeType.S, null, null);
        }
        List<String> all = new ArrayList<>();
        String start = null;
        int pages = 0;
        do {
            String s = start;
            var page = ddb.listTables(b -> b.limit(3).exclusiveStartTableName(s));
            all.addAll(page.tableNames());
            start = page.lastEvaluatedTableName();
            pages++;
        } while (start != null);
        assertTrue(pages >= 3);
        assertEquals(all.stream().sorted().toList(), all);
        assertTrue(all.containsAll(List.of("list-0", "list-6")));
        assertEquals(all, ddb.listTablesPaginator(b -> b.limit(2)).tableNames().stream().toList());
    }

    @Test
    void addsAndRemovesAGlobalIndexAndTheStream() {
        Clients.table(ddb, "evolving", "id", ScalarAttributeType.S, null, null);
        ddb.putItem(b -> b.tableName("evolving").item(item("id", "1", "city", "Pekalongan")));
        ddb.putItem(b -> b.tableName("evolving").item(item("id", "2")));
        ddb.updateTable(b -> b.tableName("evolving")
                .attributeDefinitions(a -> a.attributeName("city").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byCity")
                        .keySchema(k -> k.attributeName("city").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))));
        TableDescription t = ddb.describeTable(b -> b.tableName("evolving")).table();
        assertEquals(1, t.globalSecondaryIndexes().get(0).itemCount(), "backfilled, sparse");
        assertEquals(1, ddb.scan(b -> b.tableName("evolving").indexName("byCity")).count());
        ddb.updateTable(b -> b.tableName("evolving").streamSpecification(s -> s.streamEnabled(true)
                .streamViewType(StreamViewType.KEYS_ONLY)));
        String first = ddb.describeTable(b -> b.tableName("evolving")).table().latestStreamArn();
        assertNotNull(first);
        assertThrows(DynamoDbException.class, () -> ddb.updateTable(b -> b.tableName("evolving")
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))));
        ddb.updateTable(b -> b.tableName("evolving").streamSpecification(s -> s.streamEnabled(false)));
        ddb.updateTable(b -> b.tableName("evolving")
                .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byCity"))));
        t = ddb.describeTable(b -> b.tableName("evolving")).table();
        assertFalse(t.hasGlobalSecondaryIndexes());
        assertNull(t.streamSpecification());
        assertEquals(1, t.attributeDefinitions().size());
        ddb.updateTable(b -> b.tableName("evolving").billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
        t = ddb.describeTable(b -> b.tableName("evolving")).table();
        assertEquals(BillingMode.PROVISIONED, t.billingModeSummary().billingMode());
        assertEquals(5L, t.provisionedThroughput().readCapacityUnits());
    }

    @Test
    void keepsTimeToLiveAndTags() {
        Clients.table(ddb, "kept", "id", ScalarAttributeType.S, null, null);
        assertEquals(TimeToLiveStatus.DISABLED, ddb.describeTimeToLive(b -> b.tableName("kept"))
                .timeToLiveDescription().timeToLiveStatus());
        ddb.updateTimeToLive(b -> b.tableName("kept").timeToLiveSpecification(s -> s.attributeName("exp")
                .enabled(true)));
        var d = ddb.describeTimeToLive(b -> b.tableName("kept")).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, d.timeToLiveStatus());
        assertEquals("exp", d.attributeName());
        assertThrows(DynamoDbException.class, () -> ddb.updateTimeToLive(b -> b.tableName("kept")
                .timeToLiveSpecification(s -> s.attributeName("exp").enabled(true))));
        String arn = ddb.describeTable(b -> b.tableName("kept")).table().tableArn();
        ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("owner").value("dinsos"),
                t -> t.key("env").value("local")));
        ddb.untagResource(b -> b.resourceArn(arn).tagKeys("env"));
        var tags = ddb.listTagsOfResource(b -> b.resourceArn(arn)).tags();
        assertEquals(1, tags.size());
        assertEquals("dinsos", tags.get(0).value());
    }

    @Test
    void answersEndpointsAndLimits() {
        assertEquals("127.0.0.1:" + server.port(), ddb.describeEndpoints(b -> { }).endpoints().get(0).address());
        assertTrue(ddb.describeLimits(b -> { }).tableMaxReadCapacityUnits() > 0);
    }
}
