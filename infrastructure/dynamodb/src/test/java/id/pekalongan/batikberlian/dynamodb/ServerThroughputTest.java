package id.pekalongan.batikberlian.dynamodb;

import static id.pekalongan.batikberlian.dynamodb.Clients.item;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Throughput over HTTP from 8 client threads: GetItem, and TransactWriteItems of 25 conditional puts at several table
 * sizes, in memory and with a data directory. A measurement, not a check of the machine: it runs only when asked,
 * {@code -Ddynamodb.bench=true}, and prints key=value figures.
 */
@EnabledIfSystemProperty(named = "dynamodb.bench", matches = "true")
class ServerThroughputTest {

    static final int THREADS = 8;

    interface Call {
        void run(DynamoDbClient ddb, int thread, long i);
    }

    static double rate(DynamoDbClient ddb, long seconds, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> fs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            fs.add(pool.submit(() -> {
                long i = 0;
                while (System.nanoTime() < end) {
                    call.run(ddb, thread, i++);
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    @Test
    void measures() throws Exception {
        Path dir = Files.createTempDirectory("dynamodb-bench");
        for (Path data : new Path[] {null, dir}) {
            String mode = data == null ? "memory" : "disk";
            try (DynamoDbServer server = DynamoDbServer.start(0, data);
                 DynamoDbClient ddb = Clients.dynamo(server.endpoint())) {
                Clients.table(ddb, "bench", "pk", ScalarAttributeType.S, null, null);
                AtomicLong next = new AtomicLong();
                for (long size : new long[] {1_000, 10_000, 100_000}) {
                    while (next.get() < size) {
                        List<TransactWriteItem> puts = new ArrayList<>();
                        for (int k = 0; k < 25; k++) {
                            long id = next.getAndIncrement();
                            puts.add(TransactWriteItem.builder().put(p -> p.tableName("bench")
                                    .item(item("pk", "seed-" + id, "v", id))).build());
                        }
                        ddb.transactWriteItems(b -> b.transactItems(puts));
                    }
                    long seeded0 = size;
                    double tx = rate(ddb, 5, (c, thread, i) -> {
                        List<TransactWriteItem> puts = new ArrayList<>();
                        for (int k = 0; k < 25; k++) {
                            String id = "tx-" + seeded0 + "-" + thread + "-" + i + "-" + k;
                            puts.add(TransactWriteItem.builder().put(p -> p.tableName("bench")
                                    .item(item("pk", id, "v", 1)).conditionExpression("attribute_not_exists(pk)"))
                                    .build());
                        }
                        c.transactWriteItems(b -> b.transactItems(puts));
                    });
                    System.out.printf("dynamodb.%s.transact25.items%d=%.0f/s%n", mode, size, tx);
                    long seeded = size;
                    double gets = rate(ddb, 5, (c, thread, i) -> c.getItem(b -> b.tableName("bench")
                            .key(item("pk", "seed-" + ((i * 7919 + thread) % seeded)))));
                    System.out.printf("dynamodb.%s.getitem.items%d=%.0f/s%n", mode, size, gets);
                    assertTrue(tx > 0 && gets > 0);
                }
            }
        }
    }
}
