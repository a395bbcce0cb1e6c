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
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Counts what the functions ask of DynamoDB, by operation, as the SDK sends it: one count per API call (retries of
 * the same call are not counted again, since on-demand billing charges the units a call consumed, and a throttled
 * attempt consumes none). It also asks every call for its consumed capacity and adds it up, which is what on-demand
 * pricing bills (write and read request units), and keeps the number of items written.
 */
public final class DynamoCounter implements ExecutionInterceptor {

    static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder itemsWritten = new LongAdder();
    /** Capacity units in hundredths, so that half units (eventually consistent reads) add up exactly. */
    private final LongAdder writeUnitsCenti = new LongAdder();
    private final LongAdder readUnitsCenti = new LongAdder();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (op == null) {
            return;
        }
        calls.computeIfAbsent(op, k -> new LongAdder()).increment();
        SdkRequest r = context.request();
        if (r instanceof TransactWriteItemsRequest t) {
            itemsWritten.add(t.transactItems().stream().filter(i -> i.conditionCheck() == null).count());
        } else if (r instanceof BatchWriteItemRequest b) {
            itemsWritten.add(b.requestItems().values().stream().mapToLong(List::size).sum());
        } else if (WRITES.contains(op)) {
            itemsWritten.increment();
        }
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (r instanceof PutItemRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof UpdateItemRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof DeleteItemRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof GetItemRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof QueryRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof ScanRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof BatchGetItemRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof BatchWriteItemRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof TransactWriteItemsRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof TransactGetItemsRequest x) {
            return x.toBuilder().returnConsumedCapacity(total).build();
        }
        return r;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkResponse r = context.response();
        if (r instanceof PutItemResponse x) {
            write(x.consumedCapacity());
        } else if (r instanceof UpdateItemResponse x) {
            write(x.consumedCapacity());
        } else if (r instanceof DeleteItemResponse x) {
            write(x.consumedCapacity());
        } else if (r instanceof BatchWriteItemResponse x) {
            x.consumedCapacity().forEach(this::write);
        } else if (r instanceof TransactWriteItemsResponse x) {
            x.consumedCapacity().forEach(this::write);
        } else if (r instanceof GetItemResponse x) {
            read(x.consumedCapacity());
        } else if (r instanceof QueryResponse x) {
            read(x.consumedCapacity());
        } else if (r instanceof ScanResponse x) {
            read(x.consumedCapacity());
        } else if (r instanceof BatchGetItemResponse x) {
            x.consumedCapacity().forEach(this::read);
        } else if (r instanceof TransactGetItemsResponse x) {
            x.consumedCapacity().forEach(this::read);
        }
    }

    private void write(ConsumedCapacity c) {
        if (c != null && c.capacityUnits() != null) {
            writeUnitsCenti.add(Math.round(c.capacityUnits() * 100));
        }
    }

    private void read(ConsumedCapacity c) {
        if (c != null && c.capacityUnits() != null) {
            readUnitsCenti.add(Math.round(c.capacityUnits() * 100));
        }
    }

    public Snapshot snapshot() {
        Map<String, Long> byOp = new TreeMap<>();
        calls.forEach((k, v) -> byOp.put(k, v.sum()));
        return new Snapshot(byOp, itemsWritten.sum(), writeUnitsCenti.sum() / 100.0, readUnitsCenti.sum() / 100.0);
    }

    /** Counts at one moment; {@link #minus} gives what a phase did. */
    public record Snapshot(Map<String, Long> calls, long itemsWritten, double writeUnits, double readUnits) {

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
            return new Snapshot(diff, itemsWritten - earlier.itemsWritten, writeUnits - earlier.writeUnits,
                    readUnits - earlier.readUnits);
        }

        /** e.g. {@code PutItem:3,TransactWriteItems:40}, for a line a reader can check. */
        public String callsText() {
            StringBuilder sb = new StringBuilder();
            calls.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append(':').append(v));
            return sb.toString();
        }
    }
}
