package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.dynamodb.DynamoDbServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@code bench dynamodb}: the project's DynamoDB engine over HTTP through the AWS SDK from several threads, with
 * moto's server ({@code moto_server}) measured the same way in the same run as the baseline where it is installed.
 *
 * <ul>
 *   <li>{@code TransactWriteItems} of {@value #TX_PUTS} conditional puts ({@code attribute_exists(pk)}: each put
 *       replaces an item of the table, so the table stays at the size being measured) at each table size;</li>
 *   <li>{@code GetItem}, {@code Query} of {@value #GROUP} items by a GSI, {@code PutItem}: requests/s, p50 and p99,
 *       at the smallest size (the one moto is measured at) and the largest;</li>
 *   <li>the engine restarted on its data directory holding the largest table, in this JVM: the time until it
 *       answers, and the heap it holds afterwards per item (table and GSI together).</li>
 * </ul>
 *
 * The engine runs in this JVM on a data directory (every answer waits for its commit's fsync); moto in its own
 * process, in memory, at the smallest size only and for at most {@code --moto-seconds} per figure, since it copies
 * the whole table on each transaction. Every figure has its own warm-up; failed requests are counted, not timed.
 */
public final class DynamoDbBench {

    static final String TABLE = "bench_items";
    static final String INDEX = "byGroup";
    /** Items per GSI partition: what a Query by the index returns. */
    static final int GROUP = 50;
    static final int TX_PUTS = 25;
    static final List<Integer> STANDARD_SIZES = List.of(1_000, 10_000, 100_000);
    private static final String BODY = "x".repeat(100);

    private DynamoDbBench() {
    }

    /**
     * @param sizes       table sizes for the transaction figures, smallest first
     * @param threads     client threads
     * @param seconds     measured seconds per engine figure
     * @param moto        whether to measure moto too (where installed)
     * @param motoSeconds measured seconds per moto figure
     */
    record Options(List<Integer> sizes, int threads, int seconds, boolean moto, int motoSeconds) {

        /** {@code --items N} (largest size, default 100000), {@code --threads}, {@code --seconds}, {@code --no-moto},
         * {@code --moto-seconds}. The sizes are the standard 1,000 / 10,000 / 100,000 below N, then N. */
        static Options from(BenchArgs args) {
            int items = args.intValue("items", 100_000);
            if (items < GROUP) {
                throw new IllegalArgumentException("--items takes at least " + GROUP + " (one GSI group), not "
                        + items);
            }
            List<Integer> sizes = new ArrayList<>();
            for (int s : STANDARD_SIZES) {
                if (s < items) {
                    sizes.add(s);
                }
            }
            sizes.add(items);
            return new Options(List.copyOf(sizes), args.intValue("threads", 8), args.intValue("seconds", 10),
                    !args.flag("no-moto"), Math.min(args.intValue("moto-seconds", 20), 20));
        }

        int smallest() {
            return sizes.get(0);
        }

        int largest() {
            return sizes.get(sizes.size() - 1);
        }
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        Options o = Options.from(args);
        // HttpURLConnection keeps 5 idle connections per host unless told otherwise: with more threads than that,
        // each round would open new connections and measure TCP set-up. Read once, on first use, so set it first.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(Math.max(o.threads() * 2, 16)));
        }
        f.put("dynamodb.threads", o.threads());
        f.put("dynamodb.seconds_per_figure", o.seconds());
        f.put("dynamodb.sizes", o.sizes().toString().replace(" ", ""));
        f.put("dynamodb.http_max_connections", System.getProperty("http.maxConnections"));
        f.put("dynamodb.cpus", Runtime.getRuntime().availableProcessors());
        // Other work on the machine moves every figure: say how busy it was when the run began.
        f.put("dynamodb.load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        f.note("engine: in this JVM, on a data directory (fsync before each answer); TransactWriteItems of "
                + TX_PUTS + " puts conditional on attribute_exists(pk), replacing items so the table keeps its size");

        Path data = Files.createTempDirectory("bench-dynamodb");
        Map<String, Double> engineRates = new HashMap<>();
        try {
            DynamoDbServer server = DynamoDbServer.start(0, data);
            try (DynamoDbClient c = client(server.endpoint(), o.threads())) {
                createTable(c);
                int seeded = 0;
                for (int size : o.sizes()) {
                    seed(c, seeded, size, o.threads());
                    if (seeded == 0) {
                        // A cold JVM (the client's and the engine's code both) would set the first figure low:
                        // every request kind is run a while, unmeasured, before anything is timed.
                        RequestLoad.drive(c, o.threads(), Math.max(5, o.seconds()) * 1_000L, transaction(size));
                        for (RequestLoad.Request r : reads(size).values()) {
                            RequestLoad.drive(c, o.threads(), Math.max(2, o.seconds() / 3) * 1_000L, r);
                        }
                    }
                    seeded = size;
                    String at = ".items_" + size;
                    RequestLoad.Load tx = RequestLoad.measure(c, o.threads(), o.seconds(), transaction(size));
                    put(f, "dynamodb.", "tx", at, tx);
                    f.put("dynamodb.tx_puts_per_s" + at, tx.perSecond() * TX_PUTS);
                    engineRates.put("tx" + at, tx.perSecond());
                    if (size == o.smallest() || size == o.largest()) {
                        for (Map.Entry<String, RequestLoad.Request> r : reads(size).entrySet()) {
                            RequestLoad.Load l = RequestLoad.measure(c, o.threads(), o.seconds(), r.getValue());
                            put(f, "dynamodb.", r.getKey(), at, l);
                            engineRates.put(r.getKey() + at, l.perSecond());
                        }
                    }
                }
                f.put("dynamodb.table_items", count(c));
            } finally {
                server.close();
            }
            restart(data, o.largest(), f);
        } finally {
            deleteTree(data);
        }

        f.put("dynamodb.load_average_after_engine",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!o.moto()) {
            f.put("dynamodb.moto", "skipped (--no-moto)");
        } else {
            Optional<Path> exe = MotoProcess.findOnPath("moto_server");
            if (exe.isEmpty()) {
                f.put("dynamodb.moto", "absent (moto_server is not on the PATH)");
            } else {
                moto(exe.get(), o, f, engineRates);
                f.put("dynamodb.load_average_after_moto",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static void moto(Path exe, Options o, Figures f, Map<String, Double> engine) throws Exception {
        int size = o.smallest();
        String at = ".items_" + size;
        f.note("baseline: moto_server in its own process, in memory, " + size + " items, " + o.motoSeconds()
                + " s per figure");
        try (MotoProcess.Server moto = MotoProcess.Server.start(exe);
             DynamoDbClient c = client(moto.endpoint, o.threads())) {
            f.put("dynamodb.moto", exe.toString());
            createTable(c);
            seed(c, 0, size, o.threads());
            Map<String, RequestLoad.Request> loads = new LinkedHashMap<>();
            loads.put("tx", transaction(size));
            loads.putAll(reads(size));
            for (Map.Entry<String, RequestLoad.Request> r : loads.entrySet()) {
                RequestLoad.Load l = RequestLoad.measure(c, o.threads(), o.motoSeconds(), r.getValue());
                put(f, "dynamodb.moto.", r.getKey(), at, l);
                Double ours = engine.get(r.getKey() + at);
                if (ours != null && l.perSecond() > 0) {
                    f.put("dynamodb.engine_over_moto." + r.getKey() + "_per_s" + at, ours / l.perSecond());
                }
            }
        }
    }

    /** {@code <prefix><name>_per_s<at>} (requests or transactions a second), {@code _p50_ms}, {@code _p99_ms},
     * {@code _failed}. */
    private static void put(Figures f, String prefix, String name, String at, RequestLoad.Load l) {
        f.put(prefix + name + "_per_s" + at, l.perSecond());
        f.put(prefix + name + "_p50_ms" + at, l.p50Nanos() / 1e6);
        f.put(prefix + name + "_p99_ms" + at, l.p99Nanos() / 1e6);
        f.put(prefix + name + "_failed" + at, l.failed());
    }

    // ---------------------------------------------------------------- the requests

    static Map<String, AttributeValue> item(int i, long version) {
        return Map.of("pk", AttributeValue.fromS(key(i)), "g", AttributeValue.fromS("g" + (i / GROUP)),
                "n", AttributeValue.fromN(Integer.toString(i)), "v", AttributeValue.fromN(Long.toString(version)),
                "body", AttributeValue.fromS(BODY));
    }

    static String key(int i) {
        return String.format("item-%07d", i);
    }

    /**
     * {@value #TX_PUTS} distinct items, each thread on its own residue class of the keys so that no two threads'
     * transactions touch one item (a conflict would measure the retry policy instead).
     */
    static RequestLoad.Request transaction(int size) {
        return (c, random, thread, threads) -> {
            int perThread = Math.max(1, (size - thread + threads - 1) / threads);
            int[] picked = random.ints(0, perThread).distinct().limit(Math.min(TX_PUTS, perThread)).toArray();
            List<TransactWriteItem> puts = new ArrayList<>(TX_PUTS);
            long version = random.nextLong(1, Long.MAX_VALUE);
            for (int k : picked) {
                Map<String, AttributeValue> item = item(k * threads + thread, version);
                puts.add(TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item)
                        .conditionExpression("attribute_exists(pk)")).build());
            }
            c.transactWriteItems(b -> b.transactItems(puts));
        };
    }

    static Map<String, RequestLoad.Request> reads(int size) {
        Map<String, RequestLoad.Request> m = new LinkedHashMap<>();
        m.put("get", (c, random, thread, threads) -> {
            var res = c.getItem(b -> b.tableName(TABLE).key(Map.of("pk",
                    AttributeValue.fromS(key(random.nextInt(size))))));
            if (!res.hasItem()) {
                throw new IllegalStateException("GetItem found nothing");
            }
        });
        m.put("query_gsi_" + GROUP, (c, random, thread, threads) -> {
            String g = "g" + random.nextInt(size / GROUP);
            QueryResponse res = c.query(b -> b.tableName(TABLE).indexName(INDEX)
                    .keyConditionExpression("g = :g")
                    .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(g))));
            if (res.count() != GROUP) {
                throw new IllegalStateException("Query by " + INDEX + " gave " + res.count() + " items");
            }
        });
        m.put("put", (c, random, thread, threads) ->
                c.putItem(b -> b.tableName(TABLE).item(item(random.nextInt(size), random.nextLong()))));
        return m;
    }

    // ---------------------------------------------------------------- the load

    // ---------------------------------------------------------------- table, seeding, restart

    static void createTable(DynamoDbClient c) {
        c.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("g", ScalarAttributeType.S),
                        attr("n", ScalarAttributeType.N))
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(INDEX)
                        .keySchema(KeySchemaElement.builder().attributeName("g").keyType(KeyType.HASH).build(),
                                KeySchemaElement.builder().attributeName("n").keyType(KeyType.RANGE).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    /** Items {@code from} to {@code to} (exclusive), 25 to a BatchWriteItem, from every thread. */
    static void seed(DynamoDbClient c, int from, int to, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int start = from; start < to; start += 25) {
                int s = start;
                done.add(pool.submit(() -> {
                    List<WriteRequest> batch = new ArrayList<>();
                    for (int i = s; i < Math.min(s + 25, to); i++) {
                        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(i, 0)).build())
                                .build());
                    }
                    Map<String, List<WriteRequest>> pending = Map.of(TABLE, batch);
                    for (int attempt = 0; !pending.isEmpty(); attempt++) {
                        if (attempt == 20) {
                            throw new IllegalStateException("items left unprocessed after 20 attempts");
                        }
                        Map<String, List<WriteRequest>> p = pending;
                        BatchWriteItemResponse res = c.batchWriteItem(b -> b.requestItems(p));
                        pending = res.hasUnprocessedItems() ? res.unprocessedItems() : Map.of();
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(DynamoDbClient c) {
        long n = 0;
        for (var page : c.scanPaginator(b -> b.tableName(TABLE).select("COUNT"))) {
            n += page.count();
        }
        return n;
    }

    /**
     * The engine started again on the data directory it left: the time {@code start} takes (it replays the snapshot
     * and log, compacts, and then answers) and the heap it holds after, per item.
     */
    private static void restart(Path data, int items, Figures f) throws IOException {
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        DynamoDbServer server = DynamoDbServer.start(0, data);
        long nanos = System.nanoTime() - start;
        try (DynamoDbClient c = client(server.endpoint(), 1)) {
            long found = count(c);
            long after = usedHeapAfterGc();
            f.put("dynamodb.restart_items", found);
            f.put("dynamodb.restart_seconds", nanos / 1e9);
            f.put("dynamodb.data_dir_mb", dirBytes(data) / 1048576.0);
            f.put("dynamodb.heap_bytes_per_item", found == 0 ? 0 : Math.round((after - before) / (double) found));
            f.note("heap per item: the heap in use after a full collection with the restarted engine, less before "
                    + "it, over the items: each item as stored with its GSI entry (item JSON about "
                    + itemJsonBytes() + " bytes)");
            if (found != items) {
                f.note("the restarted table holds " + found + " items, not " + items);
            }
        } finally {
            server.close();
        }
    }

    private static int itemJsonBytes() {
        return ("{\"pk\":{\"S\":\"" + key(0) + "\"},\"g\":{\"S\":\"g0\"},\"n\":{\"N\":\"0\"},\"v\":{\"N\":\"0\"},"
                + "\"body\":{\"S\":\"" + BODY + "\"}}").length();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long dirBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DynamoDbClient client(URI endpoint, int threads) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(120)).build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
