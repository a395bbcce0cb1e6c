package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * A DynamoDB-compatible server on loopback: the DynamoDB JSON 1.0 protocol and the DynamoDB Streams protocol over
 * HTTP/1.1, one database whatever the credentials and region (signatures are not checked), in memory or kept in a
 * data directory.
 */
public final class DynamoDbServer implements AutoCloseable {

    private static final String ERROR_PREFIX = "com.amazonaws.dynamodb.v20120810#";

    private final HttpServer http;
    private final ExecutorService workers;
    private final Database db;
    private final Dispatcher dispatcher;
    private final TtlSweeper sweeper;
    private final int port;

    private DynamoDbServer(HttpServer http, ExecutorService workers, Database db, TtlSweeper sweeper) {
        this.http = http;
        this.workers = workers;
        this.db = db;
        this.dispatcher = new Dispatcher(db);
        this.sweeper = sweeper;
        this.port = http.getAddress().getPort();
    }

    /**
     * @param port    the port on 127.0.0.1, 0 for any free one
     * @param dataDir where the tables are kept, or {@code null} to keep nothing
     */
    public static DynamoDbServer start(int port, Path dataDir) throws IOException {
        // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK hold each keep-alive answer ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Database db = new Database();
        if (dataDir != null) {
            Persistence.open(dataDir, db);
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(64, r -> {
            Thread t = new Thread(r, "dynamodb-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        TtlSweeper sweeper = new TtlSweeper(db);
        DynamoDbServer server = new DynamoDbServer(http, workers, db, sweeper);
        http.createContext("/", server::serve);
        http.start();
        sweeper.start();
        return server;
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!"POST".equals(ex.getRequestMethod())) {
                // DynamoDB answers a health check this way; the CLI and SDKs only ever POST.
                reply(ex, 200, ("healthy: dynamodb." + RequestContext.DEFAULT_REGION + ".amazonaws.com ")
                        .getBytes(StandardCharsets.UTF_8), "text/plain");
                return;
            }
            String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
            RequestContext ctx = RequestContext.of(ex.getRequestHeaders().getFirst("Authorization"), port);
            int status;
            byte[] answer;
            try {
                ObjectNode req = Json.parse(body);
                ObjectNode res = dispatcher.dispatch(target, req, ctx);
                status = 200;
                answer = Json.bytes(res);
            } catch (DynamoDbException e) {
                status = e.status();
                answer = Json.bytes(error(e.type(), e.getMessage(), e.details()));
            } catch (RuntimeException | Error e) {
                // A bug, not a client's mistake: one line, and an answer rather than a dropped connection.
                System.err.println("dynamodb: internal error in " + target + ": " + e);
                status = 500;
                answer = Json.bytes(error(DynamoDbException.INTERNAL, "Internal server error: " + e, null));
            }
            reply(ex, status, answer, "application/x-amz-json-1.0");
        }
    }

    private static ObjectNode error(String type, String message, ObjectNode details) {
        ObjectNode o = Json.object().put("__type", ERROR_PREFIX + type);
        if (details != null) {
            o.setAll(details);
        }
        o.put("message", message);
        return o;
    }

    private static final String ID_PREFIX = Long.toString(
            java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase();
    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    /** A request id unique in this process; UUID.randomUUID would serialize every answer on SecureRandom's lock. */
    private static String requestId() {
        return ID_PREFIX + "-" + Long.toString(IDS.incrementAndGet(), 36).toUpperCase();
    }

    private static void reply(HttpExchange ex, int status, byte[] body, String contentType) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        var h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("x-amzn-RequestId", requestId());
        h.set("x-amz-crc32", Long.toString(crc.getValue()));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops serving, stops the TTL sweeper, and forces and closes the log. */
    @Override
    public void close() {
        http.stop(0);
        sweeper.close();
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
    }

    /**
     * Stops serving without forcing or closing anything, as a crash would leave the data directory (for tests of
     * recovery): every answered write is already on disk.
     */
    void halt() {
        http.stop(0);
        sweeper.close();
        workers.shutdownNow();
    }

    /** {@code --port 8000} (default), {@code --data-dir DIR} or {@code --in-memory} (default). */
    public static void main(String[] args) throws IOException {
        int port = 8000;
        Path dataDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--in-memory" -> dataDir = null;
                default -> {
                    System.err.println("usage: DynamoDbServer [--port N] [--data-dir DIR | --in-memory]");
                    System.exit(2);
                }
            }
        }
        DynamoDbServer server = start(port, dataDir);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("dynamodb: serving " + server.endpoint() + (dataDir == null ? " in memory"
                : " from " + dataDir.toAbsolutePath()));
    }
}
