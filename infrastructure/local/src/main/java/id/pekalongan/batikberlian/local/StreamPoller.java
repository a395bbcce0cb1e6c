package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Polls a table's stream and delivers batches to the function as Lambda's event source mapping does: in order per
 * shard, filtered, retried from the first failed record on a partial batch failure, bisected on a function error, and
 * kept as a failed event once the retries are spent. Progress is checkpointed per shard.
 */
final class StreamPoller implements AutoCloseable {

    private final StreamMapping mapping;
    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final LambdaRuntime runtime;
    private final FailedEvents failed;
    private final Path checkpointFile;
    private final Properties checkpoints = new Properties();
    private final Map<String, String> iterators = new LinkedHashMap<>();
    private final Set<String> finishedShards = new HashSet<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong invocations = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean idle = true;
    private boolean refreshNow;
    private Thread thread;
    private String streamArn;

    StreamPoller(StreamMapping mapping, DynamoDbClient dynamo, DynamoDbStreamsClient streams, LambdaRuntime runtime,
                 FailedEvents failed, Path dataDir) {
        this.mapping = mapping;
        this.dynamo = dynamo;
        this.streams = streams;
        this.runtime = runtime;
        this.failed = failed;
        this.checkpointFile = dataDir == null ? null
                : dataDir.resolve("stream-checkpoints-" + mapping.function() + ".properties");
        if (checkpointFile != null && Files.exists(checkpointFile)) {
            try (var in = Files.newBufferedReader(checkpointFile)) {
                checkpoints.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void start() {
        streamArn = dynamo.describeTable(b -> b.tableName(mapping.tableName())).table().latestStreamArn();
        if (streamArn == null) {
            throw new IllegalStateException("table " + mapping.tableName() + " has no stream");
        }
        thread = new Thread(this::run, "stream-" + mapping.function());
        thread.setDaemon(true);
        thread.start();
    }

    /** True when the last poll found nothing left to deliver. */
    boolean idle() {
        return idle;
    }

    long recordsDelivered() {
        return delivered.get();
    }

    private void run() {
        long lastShardRefresh = 0;
        while (running) {
            try {
                if (refreshNow || System.currentTimeMillis() - lastShardRefresh > 2000) {
                    refreshNow = false;
                    refreshShards();
                    lastShardRefresh = System.currentTimeMillis();
                }
                boolean any = false;
                for (String shard : new ArrayList<>(iterators.keySet())) {
                    any |= pollShard(shard);
                }
                idle = !any;
                if (!any) {
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                System.err.println("{\"event\":\"stream_poll_error\",\"function\":\"" + mapping.function()
                        + "\",\"error\":\"" + e.getClass().getSimpleName() + ": " + e.getMessage() + "\"}");
                sleepQuietly(1000);
            }
        }
    }

    private void refreshShards() {
        List<Shard> shards = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards();
        for (Shard shard : shards) {
            String id = shard.shardId();
            if (iterators.containsKey(id) || finishedShards.contains(id)) {
                continue;
            }
            String after = checkpoints.getProperty(id);
            String iterator = after == null
                    ? streams.getShardIterator(b -> b.streamArn(streamArn).shardId(id)
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator()
                    : streams.getShardIterator(b -> b.streamArn(streamArn).shardId(id)
                            .shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(after))
                            .shardIterator();
            iterators.put(id, iterator);
        }
    }

    /** @return whether any record was read */
    private boolean pollShard(String shard) {
        String iterator = iterators.get(shard);
        GetRecordsResponse response;
        try {
            response = streams.getRecords(b -> b.shardIterator(iterator).limit(1000));
        } catch (ExpiredIteratorException | TrimmedDataAccessException e) {
            // An iterator expires after 15 minutes, and one into trimmed records is refused: reopen the shard
            // from its checkpoint (or its start) at once.
            iterators.remove(shard);
            refreshNow = true;
            return false;
        }
        if (response.nextShardIterator() == null) {
            iterators.remove(shard);
            finishedShards.add(shard);
        } else {
            iterators.put(shard, response.nextShardIterator());
        }
        List<Record> records = response.records();
        if (records.isEmpty()) {
            return false;
        }
        List<ObjectNode> batch = new ArrayList<>();
        for (Record r : records) {
            ObjectNode lambdaRecord = StreamRecords.toLambda(r, streamArn);
            if (mapping.accepts(lambdaRecord)) {
                batch.add(lambdaRecord);
                if (batch.size() == mapping.batchSize()) {
                    deliver(batch, 0);
                    batch = new ArrayList<>();
                }
            }
        }
        if (!batch.isEmpty()) {
            deliver(batch, 0);
        }
        checkpoint(shard, records.get(records.size() - 1).dynamodb().sequenceNumber());
        return true;
    }

    private void deliver(List<ObjectNode> records, int attempt) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.putArray("Records").addAll(records);
        byte[] payload = event.toString().getBytes(StandardCharsets.UTF_8);
        invocations.incrementAndGet();
        Invocation result = runtime.invoke(mapping.function(), payload);
        if (result.failed()) {
            if (mapping.bisectOnError() && records.size() > 1) {
                int half = records.size() / 2;
                deliver(records.subList(0, half), attempt);
                deliver(records.subList(half, records.size()), attempt);
            } else if (attempt < mapping.maximumRetryAttempts()) {
                sleepQuietly(100L * (attempt + 1));
                deliver(records, attempt + 1);
            } else {
                failed.keep(mapping.function(), "stream " + mapping.tableName(), payload, result.payloadText());
            }
            return;
        }
        int firstFailed = mapping.reportBatchItemFailures() ? firstFailedIndex(records, result) : -1;
        if (firstFailed < 0) {
            delivered.addAndGet(records.size());
            return;
        }
        delivered.addAndGet(firstFailed);
        List<ObjectNode> rest = records.subList(firstFailed, records.size());
        if (attempt < mapping.maximumRetryAttempts()) {
            sleepQuietly(100L * (attempt + 1));
            deliver(rest, attempt + 1);
        } else {
            ObjectNode kept = Json.MAPPER.createObjectNode();
            kept.putArray("Records").addAll(rest);
            failed.keep(mapping.function(), "stream " + mapping.tableName(),
                    kept.toString().getBytes(StandardCharsets.UTF_8), result.payloadText());
        }
    }

    /**
     * The position of the earliest failed record; an answer naming a sequence number not in the batch fails the
     * whole batch, as Lambda treats it.
     */
    private static int firstFailedIndex(List<ObjectNode> records, Invocation result) {
        JsonNode answer;
        try {
            answer = Json.MAPPER.readTree(result.payload());
        } catch (IOException e) {
            return -1;
        }
        JsonNode failures = answer == null ? null : answer.get("batchItemFailures");
        if (failures == null || !failures.isArray() || failures.isEmpty()) {
            return -1;
        }
        int first = Integer.MAX_VALUE;
        for (JsonNode f : failures) {
            String id = f.path("itemIdentifier").asText(null);
            int index = -1;
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).path("dynamodb").path("SequenceNumber").asText().equals(id)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                return 0;
            }
            first = Math.min(first, index);
        }
        return first;
    }

    private void checkpoint(String shard, String sequenceNumber) {
        checkpoints.setProperty(shard, sequenceNumber);
        if (checkpointFile != null) {
            try (var out = Files.newBufferedWriter(checkpointFile)) {
                checkpoints.store(out, "last stream record handled per shard, for " + mapping.function());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(5000);
        }
    }
}
