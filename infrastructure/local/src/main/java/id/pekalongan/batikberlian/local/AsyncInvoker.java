package id.pekalongan.batikberlian.local;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asynchronous invocation as Lambda does it for S3 notifications, schedules and {@code Event} invokes: queued, run
 * in the background, retried twice on error, then kept as a failed event instead of being lost.
 */
final class AsyncInvoker implements AutoCloseable {

    static final int RETRIES = 2;

    private final LambdaRuntime runtime;
    private final FailedEvents failed;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "async-invoke");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final long retryDelayMillis;

    AsyncInvoker(LambdaRuntime runtime, FailedEvents failed, long retryDelayMillis) {
        this.runtime = runtime;
        this.failed = failed;
        this.retryDelayMillis = retryDelayMillis;
    }

    void submit(String function, byte[] event, String source) {
        pending.incrementAndGet();
        pool.submit(() -> {
            try {
                for (int attempt = 0; attempt <= RETRIES; attempt++) {
                    Invocation result = runtime.invoke(function, event);
                    if (!result.failed()) {
                        return;
                    }
                    if (attempt == RETRIES) {
                        failed.keep(function, source, event, result.payloadText());
                        return;
                    }
                    Thread.sleep(retryDelayMillis * (attempt + 1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                pending.decrementAndGet();
                completed.incrementAndGet();
            }
        });
    }

    long pending() {
        return pending.get();
    }

    long completed() {
        return completed.get();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
