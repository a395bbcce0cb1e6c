package id.pekalongan.batikberlian.dynamodb.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.pekalongan.batikberlian.dynamodb.DynamoDbServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The engine in a child JVM on a data directory, under a transactional load from this JVM, killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random point of each of {@value #ROUNDS} rounds and restarted on the same
 * directory: about {@value #ITEMS} items in all, written {@value #PUTS_PER_TRANSACTION} at a time by
 * {@code TransactWriteItems} of conditional puts ({@code attribute_not_exists(pk)}) that also add 1 to a counter
 * item, from {@value #WRITERS} threads.
 *
 * <p>After every restart: every acknowledged transaction's items are all there, as written; no transaction is half
 * there (each one's items are all present or all absent); and the counter equals the number of transactions
 * present. Then each transaction that was in flight at the kill (sent, never answered) is sent again: it either
 * applies whole or, already applied, is cancelled whole by its own conditions — after which every transaction ever
 * sent is present exactly once, which the next round's check sees in the counter.
 *
 * <p>The kill point is random in the log's progress (after a random number of acknowledged transactions, around
 * {@code ITEMS / ROUNDS / PUTS_PER_TRANSACTION} per round) and in time (a random few milliseconds more), with all
 * writers still sending, so that the child dies with commits in flight and answers unsent. (A record torn inside
 * the log needs the kill to fall between two writes of one record, which SIGKILL rarely hits; the count of restarts
 * that cut one is printed. The unit test of a torn tail is the engine's own.) The whole test takes 30 to 80 s on a
 * shared two-core machine (as busy as the machine is otherwise), restarts and the eleven full scans that check the
 * table included, so the full 50,000 items of the issue are used.
 */
class CrashRecoveryTest {

    static final int ROUNDS = 10;
    static final int ITEMS = 50_000;
    static final int PUTS_PER_TRANSACTION = 10;
    static final int WRITERS = 4;
    static final String TABLE = "crash_recovery";
    static final String COUNTER = "counter";

    @TempDir
    Path temp;

    private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Integer> inFlight = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextTransaction = new AtomicInteger();
    /** The engine now running, killed after the test whatever its outcome, so no child outlives it. */
    private Child child;

    @AfterEach
    void killTheChild() throws InterruptedException {
        if (child != null) {
            child.kill();
        }
    }

    @Test
    void killedAtRandomPointsItKeepsEveryAcknowledgedTransactionWholeAndNoneHalf() throws Exception {
        long started = System.nanoTime();
        Path data = temp.resolve("data");
        Random random = new Random(20);
        int perRound = ITEMS / ROUNDS / PUTS_PER_TRANSACTION;
        List<String> report = new ArrayList<>();
        int tornTails = 0;
        long checkedWrites = 0;

        child = Child.start(data, temp.resolve("child-0.log"));
        try (DynamoDbClient c = client(child.endpoint)) {
            c.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
        }
        for (int round = 1; round <= ROUNDS; round++) {
            // A random point in each round's share; the last round ends on the whole ITEMS.
            int target = round == ROUNDS ? ROUNDS * perRound : round * perRound - random.nextInt(perRound / 2);
            int inFlightAtKill;
            try (DynamoDbClient c = client(child.endpoint)) {
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    Thread t = new Thread(() -> write(c, stop), "crash-writer-" + w);
                    t.start();
                    writers.add(t);
                }
                while (acknowledged.size() < target && unexpected.isEmpty() && child.process.isAlive()) {
                    Thread.sleep(1);
                }
                Thread.sleep(random.nextInt(15));
                child.kill();
                stop.set(true);
                for (Thread t : writers) {
                    t.join(TimeUnit.SECONDS.toMillis(30));
                }
                inFlightAtKill = inFlight.size();
            }
            assertTrue(unexpected.isEmpty(), () -> "unexpected answers: " + unexpected);

            long restartStart = System.nanoTime();
            child = Child.start(data, temp.resolve("child-" + round + ".log"));
            long restartMs = (System.nanoTime() - restartStart) / 1_000_000;
            String log = Files.readString(child.log);
            tornTails += log.contains("torn record") ? 1 : 0;
            try (DynamoDbClient c = client(child.endpoint)) {
                State state = State.read(c);
                checkedWrites += verify(state, round);
                resendInFlight(c);
            }
            report.add("round " + round + ": acknowledged " + acknowledged.size() + " transactions, "
                    + inFlightAtKill + " in flight at the kill, restarted in " + restartMs + " ms");
        }
        try (DynamoDbClient c = client(child.endpoint)) {
            State state = State.read(c);
            checkedWrites += verify(state, ROUNDS + 1);
            assertEquals(nextTransaction.get(), state.counter,
                    "after the in-flight transactions were sent again, every transaction sent is there once");
        }
        System.out.println("crash recovery: " + ROUNDS + " SIGKILL rounds, " + nextTransaction.get()
                + " transactions (" + nextTransaction.get() * PUTS_PER_TRANSACTION + " items), "
                + acknowledged.size() + " acknowledged before a kill or on resending, " + checkedWrites
                + " acknowledged item writes checked after restarts, torn log tails cut on " + tornTails
                + " restarts, " + (System.nanoTime() - started) / 1_000_000_000 + " s in all\n  "
                + String.join("\n  ", report));
    }

    /** Writes until told to stop or the server is gone; a transaction without an answer stays in flight. */
    private void write(DynamoDbClient c, AtomicBoolean stop) {
        while (!stop.get()) {
            int txn = nextTransaction.getAndIncrement();
            inFlight.add(txn);
            try {
                c.transactWriteItems(b -> b.transactItems(actions(txn)));
                acknowledged.add(txn);
                inFlight.remove(txn);
            } catch (SdkClientException gone) {
                return;
            } catch (RuntimeException e) {
                unexpected.add("transaction " + txn + ": " + e);
                inFlight.remove(txn);
                return;
            }
        }
    }

    static List<TransactWriteItem> actions(int txn) {
        List<TransactWriteItem> actions = new ArrayList<>();
        for (int i = 0; i < PUTS_PER_TRANSACTION; i++) {
            Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(key(txn, i)),
                    "txn", AttributeValue.fromN(Integer.toString(txn)), "i", AttributeValue.fromN(Integer.toString(i)),
                    "body", AttributeValue.fromS("transaction " + txn + " item " + i));
            actions.add(TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item)
                    .conditionExpression("attribute_not_exists(pk)")).build());
        }
        actions.add(TransactWriteItem.builder().update(u -> u.tableName(TABLE)
                .key(Map.of("pk", AttributeValue.fromS(COUNTER)))
                .updateExpression("ADD n :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))).build());
        return actions;
    }

    static String key(int txn, int i) {
        return "t" + txn + "-" + i;
    }

    /** @return the number of acknowledged item writes checked */
    private long verify(State state, int restart) {
        List<String> half = new ArrayList<>();
        for (Map.Entry<Integer, Set<Integer>> e : state.itemsByTransaction.entrySet()) {
            if (e.getValue().size() != PUTS_PER_TRANSACTION) {
                half.add("transaction " + e.getKey() + " has items " + e.getValue());
            }
        }
        assertTrue(half.isEmpty(), () -> "after restart " + restart + ", half-applied transactions: " + half);
        List<Integer> lost = new ArrayList<>();
        for (int txn : acknowledged) {
            if (!state.itemsByTransaction.containsKey(txn)) {
                lost.add(txn);
            }
        }
        lost.sort(null);
        assertTrue(lost.isEmpty(), () -> "after restart " + restart + ", acknowledged transactions lost: " + lost);
        assertTrue(state.malformed.isEmpty(), () -> "items not as written: " + state.malformed);
        assertEquals(state.itemsByTransaction.size(), state.counter,
                "after restart " + restart + ", the counter counts the transactions present");
        return (long) acknowledged.size() * PUTS_PER_TRANSACTION;
    }

    /** Sends again what was in flight at the kill: each applies whole, or is cancelled whole as already applied. */
    private void resendInFlight(DynamoDbClient c) {
        for (int txn : new TreeSet<>(inFlight)) {
            try {
                c.transactWriteItems(b -> b.transactItems(actions(txn)));
            } catch (TransactionCanceledException e) {
                List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code).toList();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < PUTS_PER_TRANSACTION; i++) {
                    expected.add("ConditionalCheckFailed");
                }
                expected.add("None");
                if (!codes.equals(expected)) {
                    fail("transaction " + txn + " sent again was cancelled with " + codes
                            + ": it was half there");
                }
            }
            acknowledged.add(txn);
            inFlight.remove(txn);
        }
    }

    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(30)).build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** The table as the restarted engine has it. */
    record State(Map<Integer, Set<Integer>> itemsByTransaction, long counter, List<String> malformed) {

        static State read(DynamoDbClient c) {
            Map<Integer, Set<Integer>> byTxn = new TreeMap<>();
            List<String> malformed = new ArrayList<>();
            AtomicLong counter = new AtomicLong();
            c.scanPaginator(b -> b.tableName(TABLE).consistentRead(true)).items().forEach(item -> {
                String pk = item.get("pk").s();
                if (pk.equals(COUNTER)) {
                    counter.set(Long.parseLong(item.get("n").n()));
                    return;
                }
                int txn = Integer.parseInt(item.get("txn").n());
                int i = Integer.parseInt(item.get("i").n());
                if (!pk.equals(key(txn, i)) || !item.get("body").s().equals("transaction " + txn + " item " + i)) {
                    malformed.add(item.toString());
                }
                byTxn.computeIfAbsent(txn, k -> new TreeSet<>()).add(i);
            });
            return new State(byTxn, counter.get(), malformed);
        }
    }

    /** {@code java -cp <this test's class path> DynamoDbServer --port P --data-dir D}, answering. */
    static final class Child {
        final Process process;
        final URI endpoint;
        final Path log;

        private Child(Process process, URI endpoint, Path log) {
            this.process = process;
            this.endpoint = endpoint;
            this.log = log;
        }

        static Child start(Path data, Path log) throws IOException, InterruptedException {
            int port;
            try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    DynamoDbServer.class.getName(), "--port", Integer.toString(port),
                    "--data-dir", data.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IOException("the engine exited with " + p.exitValue() + ": " + Files.readString(log));
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(endpoint).GET()
                            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return new Child(p, endpoint, log);
                    }
                } catch (IOException notYet) {
                    // Still replaying its log, or not yet listening.
                }
                Thread.sleep(20);
            }
            p.destroyForcibly();
            throw new IOException("the engine did not answer within 60 s: " + Files.readString(log));
        }

        /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed that was not already. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
