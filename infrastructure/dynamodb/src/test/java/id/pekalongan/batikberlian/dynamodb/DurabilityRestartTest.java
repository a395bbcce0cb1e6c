package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static id.pekalongan.batikberlian.dynamodb.Clients.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** A data directory keeps every answered write, the tables' definitions and settings, across restarts and crashes. */
class DurabilityRestartTest {

    @TempDir
    Path dir;

    private static void createTable(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName("kept").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("g").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byG").keySchema(k -> k.attributeName("g")
                        .keyType(KeyType.HASH)).projection(p -> p.projectionType(ProjectionType.ALL)))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)));
        ddb.updateTimeToLive(b -> b.tableName("kept").timeToLiveSpecification(t -> t.attributeName("exp")
                .enabled(true)));
        String arn = ddb.describeTable(b -> b.tableName("kept")).table().tableArn();
        ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("owner").value("dinsos")));
    }

    @Test
    void everyAnsweredWriteSurvivesACrash() throws Exception {
        DynamoDbServer first = DynamoDbServer.start(0, dir);
        DynamoDbClient ddb = Clients.dynamo(first.endpoint());
        createTable(ddb);
        String streamArn = ddb.describeTable(b -> b.tableName("kept")).table().latestStreamArn();
        String shardId;
        try (var streams = Clients.streams(first.endpoint())) {
            shardId = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards().get(0)
                    .shardId();
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    int x = i;
                    ddb.transactWriteItems(b -> b.transactItems(
                            TransactWriteItem.builder().put(p -> p.tableName("kept")
                                    .item(item("id", writer + "-" + x + "-a", "g", "g" + writer))
                                    .conditionExpression("attribute_not_exists(id)")).build(),
                            TransactWriteItem.builder().update(u -> u.tableName("kept")
                                    .key(item("id", "counter-" + writer)).updateExpression("ADD n :one")
                                    .expressionAttributeValues(Map.of(":one", n(1)))).build()));
                }
                return 50;
            }));
        }
        for (Future<Integer> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        ddb.deleteItem(b -> b.tableName("kept").key(item("id", "0-0-a")));
        first.halt();
        ddb.close();

        try (DynamoDbServer second = DynamoDbServer.start(0, dir);
             DynamoDbClient again = Clients.dynamo(second.endpoint())) {
            var t = again.describeTable(b -> b.tableName("kept")).table();
            assertEquals(8 * 50 - 1 + 8, t.itemCount());
            assertEquals(streamArn, t.latestStreamArn(), "the stream keeps its ARN");
            try (var streams = Clients.streams(second.endpoint())) {
                assertEquals(shardId, streams.describeStream(b -> b.streamArn(streamArn)).streamDescription()
                        .shards().get(0).shardId(), "and its shard, so readers' checkpoints stay valid");
            }
            assertEquals("byG", t.globalSecondaryIndexes().get(0).indexName());
            for (int w = 0; w < 8; w++) {
                int writer = w;
                assertEquals("50", again.getItem(b -> b.tableName("kept").key(item("id", "counter-" + writer)))
                        .item().get("n").n());
                assertEquals(writer == 0 ? 49 : 50, again.query(b -> b.tableName("kept").indexName("byG")
                        .keyConditionExpression("g = :g").expressionAttributeValues(Map.of(":g",
                                Clients.s("g" + writer)))).count());
            }
            assertFalse(again.getItem(b -> b.tableName("kept").key(item("id", "0-0-a"))).hasItem());
            assertEquals(TimeToLiveStatus.ENABLED, again.describeTimeToLive(b -> b.tableName("kept"))
                    .timeToLiveDescription().timeToLiveStatus());
            assertEquals("dinsos", again.listTagsOfResource(b -> b.resourceArn(t.tableArn())).tags().get(0).value());
            again.putItem(b -> b.tableName("kept").item(item("id", "after-restart")));
        }
        try (DynamoDbServer third = DynamoDbServer.start(0, dir);
             DynamoDbClient again = Clients.dynamo(third.endpoint())) {
            assertTrue(again.getItem(b -> b.tableName("kept").key(item("id", "after-restart"))).hasItem());
        }
    }

    @Test
    void aTornLastRecordIsCutOffWithOneLine() throws Exception {
        DynamoDbServer first = DynamoDbServer.start(0, dir);
        DynamoDbClient ddb = Clients.dynamo(first.endpoint());
        createTable(ddb);
        for (int i = 0; i < 20; i++) {
            int x = i;
            ddb.putItem(b -> b.tableName("kept").item(item("id", "k" + x)));
        }
        first.halt();
        ddb.close();
        Path log = dir.resolve("wal.log");
        long intact = Files.size(log);
        assertTrue(intact > 0, "the writes are in the log until the next compaction");
        // What a crash in the middle of a write leaves: a header promising more bytes than follow.
        Files.write(log, new byte[] {0, 0, 1, 0, 1, 2, 3, 4, '{', '"'}, StandardOpenOption.APPEND);

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        DynamoDbServer second;
        try {
            second = DynamoDbServer.start(0, dir);
        } finally {
            System.setErr(err);
        }
        String said = captured.toString();
        assertTrue(said.contains("wal.log") && said.contains("offset " + intact), said);
        assertEquals(1, said.lines().filter(l -> l.contains("torn")).count(), said);
        try (second; DynamoDbClient again = Clients.dynamo(second.endpoint())) {
            assertEquals(20, again.scan(b -> b.tableName("kept")).count());
            again.putItem(b -> b.tableName("kept").item(item("id", "more")));
        }
        // A damaged record in the middle of the log also ends it: what follows was never answered.
        try (DynamoDbServer third = DynamoDbServer.start(0, dir);
             DynamoDbClient again = Clients.dynamo(third.endpoint())) {
            assertEquals(21, again.scan(b -> b.tableName("kept")).count());
        }
    }

    @Test
    void inMemoryKeepsNothing() throws Exception {
        try (DynamoDbServer s = DynamoDbServer.start(0, null); DynamoDbClient ddb = Clients.dynamo(s.endpoint())) {
            createTable(ddb);
        }
        try (DynamoDbServer s = DynamoDbServer.start(0, null); DynamoDbClient ddb = Clients.dynamo(s.endpoint())) {
            assertTrue(ddb.listTables().tableNames().isEmpty());
        }
    }
}
