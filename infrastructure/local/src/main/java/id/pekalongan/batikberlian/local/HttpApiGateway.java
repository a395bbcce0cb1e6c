package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.pekalongan.batikberlian.json.Json;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Gateway's HTTP API on loopback: the template's routes, each request turned into a payload format 2.0 event
 * (JWT claims filled in for a valid token, binary bodies base64-encoded) and the function's answer turned back into
 * an HTTP response. CORS answers the form's origin only.
 */
final class HttpApiGateway implements AutoCloseable {

    static final int MAX_BODY = 10 * 1024 * 1024;
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Set<String> TEXT_TYPES = Set.of("application/json", "application/x-www-form-urlencoded",
            "application/xml", "application/javascript");

    private final HttpServer server;
    private final List<HttpRoute> routes;
    private final LambdaRuntime runtime;
    private final DevTokens tokens;
    private final Set<String> allowedOrigins;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);

    HttpApiGateway(int port, List<HttpRoute> routes, LambdaRuntime runtime, DevTokens tokens,
                   Set<String> allowedOrigins) throws IOException {
        this.routes = routes;
        this.runtime = runtime;
        this.tokens = tokens;
        this.allowedOrigins = allowedOrigins;
        this.server = HttpExchanges.loopbackServer(port, 128);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
    }

    void start() {
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String rawPath = exchange.getRequestURI().getRawPath();
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && allowedOrigins.contains(origin)) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Vary", "Origin");
            }
            if ("OPTIONS".equals(method) && exchange.getRequestHeaders().containsKey("Access-Control-Request-Method")) {
                preflight(exchange, origin);
                return;
            }
            if ("POST".equals(method) && "/_local/token".equals(rawPath)) {
                issueToken(exchange);
                return;
            }
            String path = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
            HttpRoute route = null;
            Map<String, String> params = null;
            for (HttpRoute r : routes) {
                if (r.method().equals(method) || "ANY".equals(r.method())) {
                    params = r.match(rawPath);
                    if (params != null) {
                        route = r;
                        break;
                    }
                }
            }
            if (route == null) {
                HttpExchanges.sendJson(exchange, 404, "{\"message\":\"Not Found\"}");
                return;
            }
            Map<String, String> claims = null;
            if (route.needsJwt()) {
                claims = tokens.verify(exchange.getRequestHeaders().getFirst("Authorization"));
                if (claims == null) {
                    exchange.getResponseHeaders().set("www-authenticate", "Bearer");
                    HttpExchanges.sendJson(exchange, 401, "{\"message\":\"Unauthorized\"}");
                    return;
                }
            }
            byte[] body = HttpExchanges.readBody(exchange, MAX_BODY);
            if (body == null) {
                HttpExchanges.sendJson(exchange, 413, "{\"message\":\"Request Entity Too Large\"}");
                return;
            }
            ObjectNode event = event(exchange, route, path, params, claims, body);
            Invocation result = runtime.invoke(route.function(), event.toString().getBytes(StandardCharsets.UTF_8));
            if (result.failed()) {
                HttpExchanges.sendJson(exchange, 500, "{\"message\":\"Internal Server Error\"}");
                return;
            }
            respond(exchange, result.payload());
        } catch (RuntimeException e) {
            HttpExchanges.sendJson(exchange, 500, "{\"message\":\"Internal Server Error\"}");
        }
    }

    private ObjectNode event(HttpExchange exchange, HttpRoute route, String path, Map<String, String> params,
                             Map<String, String> claims, byte[] body) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", route.routeKey());
        e.put("rawPath", exchange.getRequestURI().getRawPath());
        String rawQuery = exchange.getRequestURI().getRawQuery();
        e.put("rawQueryString", rawQuery == null ? "" : rawQuery);
        ObjectNode headers = e.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!"cookie".equalsIgnoreCase(name)) {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        List<String> cookies = exchange.getRequestHeaders().get("Cookie");
        if (cookies != null) {
            var array = e.putArray("cookies");
            cookies.forEach(c -> {
                for (String one : c.split(";\\s*")) {
                    array.add(one);
                }
            });
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : rawQuery.split("&")) {
                String[] kv = pair.split("=", 2);
                String k = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String v = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                query.merge(k, v, (a, b) -> a + "," + b);
            }
            ObjectNode q = e.putObject("queryStringParameters");
            query.forEach(q::put);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", LocalAccount.ID);
        ctx.put("apiId", "local");
        if (claims != null) {
            ObjectNode jwt = ctx.putObject("authorizer").putObject("jwt");
            ObjectNode c = jwt.putObject("claims");
            claims.forEach(c::put);
            jwt.putArray("scopes");
        }
        ctx.put("domainName", "127.0.0.1");
        ctx.put("domainPrefix", "127");
        ObjectNode http = ctx.putObject("http");
        http.put("method", exchange.getRequestMethod().toUpperCase(Locale.ROOT));
        http.put("path", path);
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        http.put("userAgent", agent == null ? "" : agent);
        ctx.put("requestId", UUID.randomUUID().toString());
        ctx.put("routeKey", route.routeKey());
        ctx.put("stage", "$default");
        Instant now = Instant.now();
        ctx.put("time", REQUEST_TIME.format(now));
        ctx.put("timeEpoch", now.toEpochMilli());
        if (!params.isEmpty()) {
            ObjectNode p = e.putObject("pathParameters");
            params.forEach(p::put);
        }
        if (body.length > 0) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (isText(type)) {
                e.put("body", new String(body, StandardCharsets.UTF_8));
                e.put("isBase64Encoded", false);
            } else {
                e.put("body", Base64.getEncoder().encodeToString(body));
                e.put("isBase64Encoded", true);
            }
        } else {
            e.put("isBase64Encoded", false);
        }
        return e;
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String base = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return base.startsWith("text/") || TEXT_TYPES.contains(base) || base.endsWith("+json");
    }

    /** Payload format 2.0 responses: a document with {@code statusCode}, or any JSON taken as a 200 body. */
    private void respond(HttpExchange exchange, byte[] payload) throws IOException {
        JsonNode answer = Json.MAPPER.readTree(payload);
        if (answer == null || !answer.isObject() || !answer.has("statusCode")) {
            HttpExchanges.send(exchange, 200, "application/json", payload);
            return;
        }
        answer.path("headers").fields().forEachRemaining(h ->
                exchange.getResponseHeaders().set(h.getKey(), h.getValue().asText()));
        answer.path("multiValueHeaders").fields().forEachRemaining(h ->
                h.getValue().forEach(v -> exchange.getResponseHeaders().add(h.getKey(), v.asText())));
        answer.path("cookies").forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c.asText()));
        JsonNode bodyNode = answer.get("body");
        byte[] body = bodyNode == null || bodyNode.isNull() ? new byte[0]
                : answer.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(bodyNode.asText())
                : bodyNode.asText().getBytes(StandardCharsets.UTF_8);
        HttpExchanges.send(exchange, answer.get("statusCode").asInt(), null, body);
    }

    private void preflight(HttpExchange exchange, String origin) throws IOException {
        if (origin == null || !allowedOrigins.contains(origin)) {
            HttpExchanges.send(exchange, 204, null, null);
            return;
        }
        var h = exchange.getResponseHeaders();
        h.set("Access-Control-Allow-Methods", "GET,POST,PUT,OPTIONS");
        h.set("Access-Control-Allow-Headers", "authorization,content-type");
        h.set("Access-Control-Max-Age", "600");
        HttpExchanges.send(exchange, 204, null, null);
    }

    /** Development only: {@code {"username","groups":[…],"kelurahan"}} → a token, as signing in to Cognito gives. */
    private void issueToken(HttpExchange exchange) throws IOException {
        byte[] body = HttpExchanges.readBody(exchange, 16 * 1024);
        JsonNode request;
        try {
            request = body == null || body.length == 0 ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body);
        } catch (IOException e) {
            HttpExchanges.sendJson(exchange, 400, "{\"message\":\"body must be JSON\"}");
            return;
        }
        List<String> groups = new java.util.ArrayList<>();
        request.path("groups").forEach(g -> groups.add(g.asText()));
        if (groups.isEmpty()) {
            groups.add("staff");
        }
        String kelurahan = request.hasNonNull("kelurahan") ? request.get("kelurahan").asText() : null;
        String token = tokens.issue(request.path("username").asText("petugas-lokal"), groups, kelurahan, 12 * 3600);
        HttpExchanges.sendJson(exchange, 200, Json.MAPPER.createObjectNode().put("token", token).toString());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
