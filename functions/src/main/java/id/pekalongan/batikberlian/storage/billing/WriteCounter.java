package id.pekalongan.batikberlian.storage.billing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Write requests the billing run sends (each PutItem, UpdateItem, TransactWriteItems call counts one, retries by this
 * code included; the SDK's own retries are not visible here). The benchmark prints it per 1,000 participants.
 */
public final class WriteCounter {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong conditionalFailures = new AtomicLong();

    public void request() {
        requests.incrementAndGet();
    }

    public void conditionalFailure() {
        conditionalFailures.incrementAndGet();
    }

    public long requests() {
        return requests.get();
    }

    public long conditionalFailures() {
        return conditionalFailures.get();
    }
}
