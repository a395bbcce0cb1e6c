package id.pekalongan.batikberlian.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** Small helpers for the JDK HTTP server: bounded body reads and complete responses. */
final class HttpExchanges {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private HttpExchanges() {
    }

    /**
     * A JDK HTTP server on loopback with Nagle's algorithm off. The JDK server writes a response's headers and its
     * body as two segments; with Nagle on, the body waits for the client to acknowledge the headers, and under steady
     * keep-alive traffic Linux delays that acknowledgement by about 40 ms, so every answer took 40 ms longer while
     * the machine stood idle. The server reads the property once, when the first server starts, so every server of
     * the local stack is made here; an explicit {@code -Dsun.net.httpserver.nodelay=false} still wins.
     */
    static HttpServer loopbackServer(int port, int backlog) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        return HttpServer.create(new InetSocketAddress("127.0.0.1", port), backlog);
    }

    /** @return the body, or null when it is longer than {@code limit} bytes */
    static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    in.transferTo(OutputStream.nullOutputStream());
                    return null;
                }
            }
            return out.toByteArray();
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body == null || body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
        exchange.close();
    }

    static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
