package id.pekalongan.batikberlian.local.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Counts what the functions ask of DynamoDB, by operation, as the SDK sends it: one count per API call (retries of
 * the same call are not counted again, since on-demand billing charges the units a call consumed, and a throttled
 * attempt consumes none). It also counts the items written (and how many of them in transactions) and the items
 * read, from which on-demand request units are estimated. The requests are not changed: asking for
 * ReturnConsumedCapacity would alter what is measured.
 */
public final class DynamoCounter implements ExecutionInterceptor {

    static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder itemsWritten = new LongAdder();
    private final LongAdder transactionalItems = new LongAdder();
    private final LongAdder itemsRead = new LongAdder();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (op == null) {
            return;
        }
        calls.computeIfAbsent(op, k -> new LongAdder()).increment();
        SdkRequest r = context.request();
        if (r instanceof TransactWriteItemsRequest t) {
            long n = t.transactItems().stream().filter(i -> i.conditionCheck() == null).count();
            itemsWritten.add(n);
            transactionalItems.add(n);
        } else if (r instanceof BatchWriteItemRequest b) {
            itemsWritten.add(b.requestItems().values().stream().mapToLong(List::size).sum());
        } else if (WRITES.contains(op)) {
            itemsWritten.increment();
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkResponse r = context.response();
        long items = 0;
        // A read is charged even when it finds nothing: at least one item's worth per key asked for or query made.
        if (r instanceof GetItemResponse) {
            items = 1;
        } else if (r instanceof QueryResponse x) {
            items = Math.max(1, x.count() == null ? 0 : x.count());
        } else if (r instanceof ScanResponse x) {
            items = Math.max(1, x.count() == null ? 0 : x.count());
        } else if (r instanceof BatchGetItemResponse x) {
            items = context.request() instanceof BatchGetItemRequest q
                    ? q.requestItems().values().stream().mapToLong(k -> k.keys().size()).sum()
                    : x.responses().values().stream().mapToLong(List::size).sum();
        } else if (r instanceof TransactGetItemsResponse x) {
            items = 2L * x.responses().size();
        }
        itemsRead.add(items);
    }

    public Snapshot snapshot() {
        Map<String, Long> byOp = new TreeMap<>();
        calls.forEach((k, v) -> byOp.put(k, v.sum()));
        return new Snapshot(byOp, itemsWritten.sum(), transactionalItems.sum(), itemsRead.sum());
    }

    /** Counts at one moment; {@link #minus} gives what a phase did. */
    public record Snapshot(Map<String, Long> calls, long itemsWritten, long transactionalItems, long itemsRead) {

        /**
         * On-demand write request units, for items up to 1 KB (ours are): one per item, two per item written in a
         * transaction.
         */
        public long writeUnits() {
            return itemsWritten + transactionalItems;
        }

        /**
         * Read request units, pessimistically: half a unit per item read (an eventually consistent read of up to
         * 4 KB), where DynamoDB would charge a query by its total size.
         */
        public double readUnits() {
            return itemsRead / 2.0;
        }

        public long writeRequests() {
            return calls.entrySet().stream().filter(e -> WRITES.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        public long readRequests() {
            return calls.entrySet().stream().filter(e -> !WRITES.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        public Snapshot minus(Snapshot earlier) {
            Map<String, Long> diff = new TreeMap<>();
            calls.forEach((k, v) -> {
                long d = v - earlier.calls.getOrDefault(k, 0L);
                if (d != 0) {
                    diff.put(k, d);
                }
            });
            return new Snapshot(diff, itemsWritten - earlier.itemsWritten,
                    transactionalItems - earlier.transactionalItems, itemsRead - earlier.itemsRead);
        }

        /** e.g. {@code PutItem:3,TransactWriteItems:40}, for a line a reader can check. */
        public String callsText() {
            StringBuilder sb = new StringBuilder();
            calls.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append(':').append(v));
            return sb.toString();
        }
    }
}
