package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.pekalongan.batikberlian.json.Json;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda's Invoke API on loopback ({@code POST /2015-03-31/functions/{name}/invocations}), so that
 * {@code aws lambda invoke --endpoint-url http://127.0.0.1:3001} works as against AWS, error documents included.
 */
final class InvokeApiServer implements AutoCloseable {

    static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    private static final Pattern PATH = Pattern.compile("^/2015-03-31/functions/([^/]+)/invocations/?$");
    private final HttpServer server;
    private final LambdaRuntime runtime;
    private final AsyncInvoker async;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);

    InvokeApiServer(int port, LambdaRuntime runtime, AsyncInvoker async) throws IOException {
        this.runtime = runtime;
        this.async = async;
        this.server = HttpExchanges.loopbackServer(port, 64);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
            if (!m.matches()) {
                error(exchange, 404, "UnknownOperationException", "unknown operation " + exchange.getRequestURI());
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "InvalidRequestContentException", "the Invoke API takes POST");
                return;
            }
            String name = functionName(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
            // A deployed name, "<stack>-IngestUpload" as the template builds it, names the same local function.
            int dash = name.lastIndexOf('-');
            if (!runtime.exists(name) && dash > 0 && runtime.exists(name.substring(dash + 1))) {
                name = name.substring(dash + 1);
            }
            if (!runtime.exists(name)) {
                error(exchange, 404, "ResourceNotFoundException", "Function not found: arn:aws:lambda:"
                        + LocalAccount.REGION + ":" + LocalAccount.ID + ":function:" + name
                        + " (functions: " + String.join(", ", runtime.functionNames()) + ")");
                return;
            }
            byte[] body = HttpExchanges.readBody(exchange, MAX_SYNC_PAYLOAD);
            if (body == null) {
                error(exchange, 413, "RequestTooLargeException", "Request must be smaller than "
                        + MAX_SYNC_PAYLOAD + " bytes for the InvokeFunction operation");
                return;
            }
            if (body.length == 0) {
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            String problem = jsonProblem(body);
            if (problem != null) {
                error(exchange, 400, "InvalidRequestContentException",
                        "Could not parse request body into json: " + problem);
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
            if ("DryRun".equals(type)) {
                HttpExchanges.send(exchange, 204, null, null);
                return;
            }
            if ("Event".equals(type)) {
                async.submit(name, body, "invoke-api");
                exchange.getResponseHeaders().set("X-Amzn-RequestId", java.util.UUID.randomUUID().toString());
                HttpExchanges.send(exchange, 202, null, null);
                return;
            }
            Invocation result = runtime.invoke(name, body);
            exchange.getResponseHeaders().set("X-Amzn-RequestId", result.requestId());
            exchange.getResponseHeaders().set("X-Amz-Executed-Version", "$LATEST");
            if (result.failed()) {
                exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            }
            HttpExchanges.send(exchange, 200, "application/json", result.payload());
        } catch (RuntimeException e) {
            error(exchange, 500, "ServiceException", "the local Lambda service failed: " + e.getMessage());
        }
    }

    /** Accepts a bare name, an alias-qualified name ({@code IngestUpload:live}) or a full ARN. */
    static String functionName(String given) {
        String name = given;
        if (name.startsWith("arn:")) {
            String[] parts = name.split(":");
            name = parts.length > 6 ? parts[6] : name;
        } else if (name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name;
    }

    /** One line naming what is wrong with the JSON, or null when it parses. */
    static String jsonProblem(byte[] body) {
        try {
            Json.MAPPER.readTree(body);
            return null;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            return e.getOriginalMessage().lines().findFirst().orElse("malformed JSON") + where;
        } catch (IOException e) {
            return "unreadable body";
        }
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("Type", "User");
        body.put("message", message);
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        HttpExchanges.sendJson(exchange, status, body.toString());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
