package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static id.pekalongan.batikberlian.dynamodb.Clients.n;
import static id.pekalongan.batikberlian.dynamodb.Clients.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Streams: records per change in commit order, images per view type, iterators, TTL removals. */
class StreamsRecordsTest {

    static DynamoDbServer server;
    static DynamoDbClient ddb;
    static DynamoDbStreamsClient streams;

    @BeforeAll
    static void start() throws Exception {
        System.setProperty("batikberlian.dynamodb.ttlSweepMillis", "200");
        server = DynamoDbServer.start(0, null);
        ddb = Clients.dynamo(server.endpoint());
        streams = Clients.streams(server.endpoint());
    }

    @AfterAll
    static void stop() {
        streams.close();
        ddb.close();
        server.close();
    }

    private static String create(String name, StreamViewType view) {
        ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(view)));
        return ddb.describeTable(b -> b.tableName(name)).table().latestStreamArn();
    }

    private static String iterator(String arn, ShardIteratorType type, String seq) {
        String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
        return streams.getShardIterator(b -> b.streamArn(arn).shardId(shard).shardIteratorType(type)
                .sequenceNumber(seq)).shardIterator();
    }

    private static List<Record> all(String arn) {
        List<Record> out = new ArrayList<>();
        String it = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
        while (true) {
            String i = it;
            var r = streams.getRecords(b -> b.shardIterator(i).limit(2));
            out.addAll(r.records());
            assertNotNull(r.nextShardIterator(), "an open shard always has a next iterator");
            if (r.records().isEmpty()) {
                return out;
            }
            it = r.nextShardIterator();
        }
    }

    @ParameterizedTest
    @EnumSource(value = StreamViewType.class, names = {"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"})
    void recordsEachChangeWithTheImagesOfItsViewType(StreamViewType view) {
        String table = "s-" + view.toString().toLowerCase().replace('_', '-');
        String arn = create(table, view);
        ddb.putItem(b -> b.tableName(table).item(item("id", "1", "v", 1)));
        ddb.putItem(b -> b.tableName(table).item(item("id", "1", "v", 1)));
        ddb.updateItem(b -> b.tableName(table).key(item("id", "1")).updateExpression("SET v = :v")
                .expressionAttributeValues(Map.of(":v", n(2))));
        ddb.deleteItem(b -> b.tableName(table).key(item("id", "1")));
        ddb.deleteItem(b -> b.tableName(table).key(item("id", "never")));
        List<Record> records = all(arn);
        assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE),
                records.stream().map(Record::eventName).toList(), "no record for writes that changed nothing");
        BigInteger prev = BigInteger.ZERO;
        for (Record r : records) {
            assertEquals(Map.of("id", s("1")), r.dynamodb().keys());
            assertEquals(view, r.dynamodb().streamViewType());
            assertEquals("aws:dynamodb", r.eventSource());
            assertEquals("1.1", r.eventVersion());
            assertEquals("ap-southeast-3", r.awsRegion());
            assertTrue(r.dynamodb().sequenceNumber().length() >= 21);
            BigInteger seq = new BigInteger(r.dynamodb().sequenceNumber());
            assertTrue(seq.compareTo(prev) > 0);
            prev = seq;
            assertTrue(r.dynamodb().sizeBytes() > 0);
            assertNotNull(r.dynamodb().approximateCreationDateTime());
        }
        boolean news = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        boolean olds = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        assertEquals(news, records.get(0).dynamodb().hasNewImage());
        assertFalse(records.get(0).dynamodb().hasOldImage());
        assertEquals(news ? "2" : null, news ? records.get(1).dynamodb().newImage().get("v").n() : null);
        assertEquals(olds ? "1" : null, olds ? records.get(1).dynamodb().oldImage().get("v").n() : null);
        assertFalse(records.get(2).dynamodb().hasNewImage());
        assertEquals(olds, records.get(2).dynamodb().hasOldImage());
    }

    @Test
    void aTransactionsChangesAreConsecutiveInCommitOrder() {
        String arn = create("s-tx", StreamViewType.NEW_IMAGE);
        ddb.putItem(b -> b.tableName("s-tx").item(item("id", "before")));
        ddb.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName("s-tx").item(item("id", "t1"))).build(),
                TransactWriteItem.builder().put(p -> p.tableName("s-tx").item(item("id", "t2"))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName("s-tx").key(item("id", "before"))).build()));
        ddb.putItem(b -> b.tableName("s-tx").item(item("id", "after")));
        List<String> order = all(arn).stream().map(r -> r.eventName() + ":" + r.dynamodb().keys().get("id").s())
                .toList();
        assertEquals(List.of("INSERT:before", "INSERT:t1", "INSERT:t2", "REMOVE:before", "INSERT:after"), order);
    }

    @Test
    void iteratorsStartWhereAsked() {
        String arn = create("s-it", StreamViewType.KEYS_ONLY);
        String latest = iterator(arn, ShardIteratorType.LATEST, null);
        for (int i = 0; i < 3; i++) {
            int x = i;
            ddb.putItem(b -> b.tableName("s-it").item(item("id", "k" + x)));
        }
        List<Record> fromLatest = streams.getRecords(b -> b.shardIterator(latest)).records();
        assertEquals(3, fromLatest.size(), "LATEST taken before the writes sees them");
        String second = fromLatest.get(1).dynamodb().sequenceNumber();
        assertEquals("k1", streams.getRecords(b -> b.shardIterator(
                iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second))).records().get(0).dynamodb().keys()
                .get("id").s());
        assertEquals("k2", streams.getRecords(b -> b.shardIterator(
                iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second))).records().get(0).dynamodb().keys()
                .get("id").s());
        assertTrue(streams.getRecords(b -> b.shardIterator(iterator(arn, ShardIteratorType.LATEST, null))).records()
                .isEmpty());
        var desc = streams.describeStream(b -> b.streamArn(arn)).streamDescription();
        assertEquals(StreamStatus.ENABLED, desc.streamStatus());
        assertEquals("s-it", desc.tableName());
        assertNotNull(desc.shards().get(0).sequenceNumberRange().startingSequenceNumber());
        assertTrue(streams.listStreams(b -> b.tableName("s-it")).streams().stream()
                .anyMatch(s -> s.streamArn().equals(arn)));
        assertThrows(DynamoDbException.class, () -> streams.getRecords(b -> b.shardIterator("not-an-iterator")));
        assertThrows(DynamoDbException.class, () -> streams.getRecords(b -> b.shardIterator(latest).limit(1001)));
    }

    @Test
    void aDisabledStreamIsClosedAfterItsLastRecord() {
        String arn = create("s-off", StreamViewType.KEYS_ONLY);
        ddb.putItem(b -> b.tableName("s-off").item(item("id", "x")));
        ddb.updateTable(b -> b.tableName("s-off").streamSpecification(s -> s.streamEnabled(false)));
        var desc = streams.describeStream(b -> b.streamArn(arn)).streamDescription();
        assertEquals(StreamStatus.DISABLED, desc.streamStatus());
        assertNotNull(desc.shards().get(0).sequenceNumberRange().endingSequenceNumber());
        var r = streams.getRecords(b -> b.shardIterator(iterator(arn, ShardIteratorType.TRIM_HORIZON, null)));
        assertEquals(1, r.records().size());
        assertNull(r.nextShardIterator());
        String empty = create("s-off-empty", StreamViewType.KEYS_ONLY);
        ddb.updateTable(b -> b.tableName("s-off-empty").streamSpecification(s -> s.streamEnabled(false)));
        var none = streams.getRecords(b -> b.shardIterator(iterator(empty, ShardIteratorType.TRIM_HORIZON, null)));
        assertTrue(none.records().isEmpty());
        assertNull(none.nextShardIterator(), "a closed shard with nothing in it is finished at once");
    }

    @Test
    void timeToLiveRemovesExpiredItemsAsTheService() throws Exception {
        String arn = create("s-ttl", StreamViewType.OLD_IMAGE);
        ddb.updateTimeToLive(b -> b.tableName("s-ttl").timeToLiveSpecification(t -> t.attributeName("exp")
                .enabled(true)));
        long now = System.currentTimeMillis() / 1000;
        ddb.putItem(b -> b.tableName("s-ttl").item(item("id", "old", "exp", now - 10)));
        ddb.putItem(b -> b.tableName("s-ttl").item(item("id", "future", "exp", now + 3600)));
        ddb.putItem(b -> b.tableName("s-ttl").item(item("id", "text", "exp", "yesterday")));
        long deadline = System.currentTimeMillis() + 10_000;
        while (ddb.getItem(b -> b.tableName("s-ttl").key(item("id", "old"))).hasItem()) {
            assertTrue(System.currentTimeMillis() < deadline, "the expired item was not removed");
            Thread.sleep(100);
        }
        assertTrue(ddb.getItem(b -> b.tableName("s-ttl").key(item("id", "future"))).hasItem());
        assertTrue(ddb.getItem(b -> b.tableName("s-ttl").key(item("id", "text"))).hasItem());
        Record removal = all(arn).stream().filter(r -> r.eventName() == OperationType.REMOVE).findFirst().orElseThrow();
        assertEquals("Service", removal.userIdentity().type());
        assertEquals("dynamodb.amazonaws.com", removal.userIdentity().principalId());
        assertEquals("old", removal.dynamodb().oldImage().get("id").s());
    }
}
