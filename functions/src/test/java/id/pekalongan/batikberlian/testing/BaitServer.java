package id.pekalongan.batikberlian.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server on loopback for a hostile file to point at (an external entity, a DTD): it answers with an entity
 * declaration, so a parser that fetched would have something to expand, and remembers every request, so a test can
 * say that none came.
 */
public final class BaitServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private BaitServer(HttpServer server) {
        this.server = server;
    }

    public static BaitServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            BaitServer bait = new BaitServer(server);
            server.createContext("/", exchange -> {
                bait.requests.add(exchange.getRequestURI().toString());
                byte[] body = "<!ENTITY leaked \"BOCOR\">".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return bait;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** Every request path received since the last {@link #clear()}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
