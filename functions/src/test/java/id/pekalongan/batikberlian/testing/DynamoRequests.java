package id.pekalongan.batikberlian.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the HTTP requests the SDK sends to DynamoDB, by operation: one per attempt on the wire, so the SDK's own
 * retries count too, and every page of a paginated Query or Scan counts once.
 */
public final class DynamoRequests implements ExecutionInterceptor {

    private final Map<String, LongAdder> sent = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (!context.request().getClass().getName().startsWith("software.amazon.awssdk.services.dynamodb.")) {
            return;
        }
        String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        sent.computeIfAbsent(op == null ? "?" : op, k -> new LongAdder()).increment();
    }

    public void reset() {
        sent.clear();
    }

    public long total() {
        return sent.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Operation → requests, in name order. */
    public Map<String, Long> byOperation() {
        Map<String, Long> out = new TreeMap<>();
        sent.forEach((op, n) -> out.put(op, n.sum()));
        return out;
    }
}
