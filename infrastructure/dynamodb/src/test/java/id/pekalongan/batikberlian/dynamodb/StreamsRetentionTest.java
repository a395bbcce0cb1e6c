package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static id.pekalongan.batikberlian.dynamodb.Clients.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The time limits: 24 hours of stream records, 15-minute iterators, 10-minute idempotency tokens. */
class StreamsRetentionTest {

    static DynamoDbServer server;
    static DynamoDbClient ddb;
    static DynamoDbStreamsClient streams;

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbServer.start(0, null);
        ddb = Clients.dynamo(server.endpoint());
        streams = Clients.streams(server.endpoint());
    }

    @AfterEach
    void backToNow() {
        EngineClock.reset();
    }

    @AfterAll
    static void stop() {
        streams.close();
        ddb.close();
        server.close();
    }

    private static String iterator(String arn, ShardIteratorType type, String seq) {
        String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
        return streams.getShardIterator(b -> b.streamArn(arn).shardId(shard).shardIteratorType(type)
                .sequenceNumber(seq)).shardIterator();
    }

    @Test
    void recordsAreTrimmedAfterADayAndIteratorsExpireAfterAQuarterHour() {
        ddb.createTable(b -> b.tableName("kept-a-day").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY)));
        String arn = ddb.describeTable(b -> b.tableName("kept-a-day")).table().latestStreamArn();
        ddb.putItem(b -> b.tableName("kept-a-day").item(item("id", "old")));
        String early = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
        String oldSeq = streams.getRecords(b -> b.shardIterator(early)).records().get(0).dynamodb().sequenceNumber();

        EngineClock.advance(16 * 60 * 1000);
        assertThrows(ExpiredIteratorException.class, () -> streams.getRecords(b -> b.shardIterator(early)));
        String fresh = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
        assertEquals(1, streams.getRecords(b -> b.shardIterator(fresh)).records().size());

        // Nearly a day after the record, an iterator at the trim horizon still points at it ...
        EngineClock.advance(24 * 3600 * 1000 - 20 * 60 * 1000);
        String lastMinute = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
        // ... and once the record is past its 24 hours, that still valid iterator points at trimmed data.
        EngineClock.advance(10 * 60 * 1000);
        ddb.putItem(b -> b.tableName("kept-a-day").item(item("id", "new")));
        assertThrows(TrimmedDataAccessException.class, () -> streams.getRecords(b -> b.shardIterator(lastMinute)));
        assertThrows(TrimmedDataAccessException.class,
                () -> iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, oldSeq));
        List<String> left = streams.getRecords(b -> b.shardIterator(iterator(arn, ShardIteratorType.TRIM_HORIZON,
                null))).records().stream().map(r -> r.dynamodb().keys().get("id").s()).toList();
        assertEquals(List.of("new"), left);
    }

    @Test
    void aTokenIsForgottenAfterTenMinutes() {
        Clients.table(ddb, "tokens", "id", ScalarAttributeType.S, null, null);
        TransactWriteItem add = TransactWriteItem.builder().update(u -> u.tableName("tokens").key(item("id", "c"))
                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n(1)))).build();
        ddb.transactWriteItems(b -> b.clientRequestToken("ten-minutes").transactItems(add));
        EngineClock.advance(9 * 60 * 1000);
        ddb.transactWriteItems(b -> b.clientRequestToken("ten-minutes").transactItems(add));
        assertEquals("1", ddb.getItem(b -> b.tableName("tokens").key(item("id", "c"))).item().get("n").n());
        EngineClock.advance(2 * 60 * 1000);
        ddb.transactWriteItems(b -> b.clientRequestToken("ten-minutes").transactItems(add));
        assertEquals("2", ddb.getItem(b -> b.tableName("tokens").key(item("id", "c"))).item().get("n").n());
    }
}
