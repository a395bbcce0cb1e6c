package id.pekalongan.batikberlian.local.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A load of one kind of request from many threads for a fixed time, and what it measured: answered and failed
 * requests, throughput and the answered ones' latency percentiles.
 */
final class RequestLoad {

    private RequestLoad() {
    }

    /** One figure's requests: how many answered, how many failed, over how long, and the answered ones' latency. */
    record Load(long ok, long failed, long nanos, long p50Nanos, long p99Nanos) {

        double perSecond() {
            return Figures.perSecond(ok, nanos);
        }
    }

    /** One request of a load, from thread {@code thread} of {@code threads}. */
    interface Request {
        void send(DynamoDbClient c, SplittableRandom random, int thread, int threads);
    }

    /** A warm-up of a fifth of the time (at least a second), then {@code seconds} measured, from every thread. */
    static Load measure(DynamoDbClient c, int threads, int seconds, Request request) throws Exception {
        drive(c, threads, Math.max(1_000, seconds * 200L), request);
        return drive(c, threads, seconds * 1_000L, request);
    }

    static Load drive(DynamoDbClient c, int threads, long millis, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            long[] failed = new long[threads];
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(31L * thread + millis);
                    long[] latencies = new long[1024];
                    int n = 0;
                    go.await();
                    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
                    long now = System.nanoTime();
                    while (now < end) {
                        long start = now;
                        try {
                            request.send(c, random, thread, threads);
                            now = System.nanoTime();
                            if (n == latencies.length) {
                                latencies = Arrays.copyOf(latencies, n * 2);
                            }
                            latencies[n++] = now - start;
                        } catch (SdkException | IllegalStateException e) {
                            failed[thread]++;
                            now = System.nanoTime();
                        }
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> r : results) {
                all.add(r.get());
            }
            long nanos = System.nanoTime() - start;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Load(merged.length, Arrays.stream(failed).sum(), nanos, percentile(merged, 50),
                    percentile(merged, 99));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
