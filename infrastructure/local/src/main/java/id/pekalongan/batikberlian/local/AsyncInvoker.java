package id.pekalongan.batikberlian.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Asynchronous invocation as Lambda does it for S3 notifications, schedules and {@code Event} invokes: queued, run
 * in the background, retried twice on error, then kept as a failed event instead of being lost.
 *
 * <p>With a data directory the queue is durable, as Lambda's own queue is: each accepted event is a file under
 * {@code async-queue/} (written and forced to disk before the caller is answered) until its invocation has
 * finished, succeeded or been kept as failed. A stack killed mid-invocation runs those events again when it starts
 * on the same directory ({@link #resumeQueued}) — so an upload interrupted at its checkpoint carries on instead of
 * staying PROCESSING until someone uploads again.
 */
final class AsyncInvoker implements AutoCloseable {

    static final int RETRIES = 2;
    static final String QUEUE_DIR = "async-queue";

    private final LambdaRuntime runtime;
    private final FailedEvents failed;
    private final Path queueDir;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "async-invoke");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong sequence = new AtomicLong();
    private final long retryDelayMillis;

    AsyncInvoker(LambdaRuntime runtime, FailedEvents failed, long retryDelayMillis) {
        this(runtime, failed, retryDelayMillis, null);
    }

    /** @param dataDir where the queue is kept, or null to keep it in memory only */
    AsyncInvoker(LambdaRuntime runtime, FailedEvents failed, long retryDelayMillis, Path dataDir) {
        this.runtime = runtime;
        this.failed = failed;
        this.retryDelayMillis = retryDelayMillis;
        this.queueDir = dataDir == null ? null : dataDir.resolve(QUEUE_DIR);
    }

    void submit(String function, byte[] event, String source) {
        run(function, event, source, enqueue(function, event));
    }

    /**
     * Runs again, oldest first, every event that a previous process accepted but did not finish.
     *
     * @return how many were queued again
     */
    int resumeQueued() {
        if (queueDir == null || !Files.isDirectory(queueDir)) {
            return 0;
        }
        List<Path> left;
        try (Stream<Path> files = Files.list(queueDir)) {
            left = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : left) {
            String name = file.getFileName().toString();
            String function = name.substring(name.indexOf('.') + 1, name.length() - ".json".length());
            try {
                run(function, Files.readAllBytes(file), "async-queue", file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!left.isEmpty()) {
            System.err.println("{\"event\":\"async_queue_resumed\",\"events\":" + left.size() + "}");
        }
        return left.size();
    }

    private void run(String function, byte[] event, String source, Path queued) {
        pending.incrementAndGet();
        pool.submit(() -> {
            try {
                invokeWithRetries(function, event, source);
                forget(queued);
            } catch (InterruptedException e) {
                // Stopping mid-retry: the event stays queued on disk for the next start.
                Thread.currentThread().interrupt();
            } finally {
                pending.decrementAndGet();
                completed.incrementAndGet();
            }
        });
    }

    private void invokeWithRetries(String function, byte[] event, String source) throws InterruptedException {
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
    }

    private Path enqueue(String function, byte[] event) {
        if (queueDir == null) {
            return null;
        }
        try {
            Files.createDirectories(queueDir);
            // Names sort in acceptance order; the function's logical id follows the first dot.
            Path file = queueDir.resolve(String.format("%013d-%06d.%s.json", System.currentTimeMillis(),
                    sequence.incrementAndGet() % 1_000_000, function));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(event));
                channel.force(true);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invocation has finished (succeeded, or kept as failed): its event leaves the queue. */
    private static void forget(Path queued) {
        if (queued == null) {
            return;
        }
        try {
            Files.deleteIfExists(queued);
        } catch (IOException e) {
            // Left on disk, it runs once more at the next start; every function is idempotent on its events.
            System.err.println("{\"event\":\"async_queue_forget_failed\",\"file\":\"" + queued.getFileName()
                    + "\"}");
        }
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
