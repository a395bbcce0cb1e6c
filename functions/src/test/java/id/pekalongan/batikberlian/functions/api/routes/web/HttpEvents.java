package id.pekalongan.batikberlian.functions.api.routes.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.functions.api.ApiFunction;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.util.Map;

/** API Gateway HTTP API (payload 2.0) events as API Gateway sends them, through the real Api function. */
final class HttpEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Who calls: the JWT claims API Gateway's authorizer passes on, or none for a public call. */
    record As(String groups, String kelurahan) {
        static final As PUBLIC = new As(null, null);
        static final As STAFF = new As("[staff]", null);
        static final As FINANCE = new As("[finance]", null);

        static As clerk(String kelurahan) {
            return new As("[kelurahan]", kelurahan);
        }
    }

    record Answer(int status, JsonNode json, String body, Map<String, String> headers) {
    }

    private HttpEvents() {
    }

    static Answer call(As as, String routeKey, String rawPath, Map<String, String> pathParameters,
                       Map<String, String> query, String body, String sourceIp) {
        return call(FunctionsApp.bean(ApiFunction.class), as, routeKey, rawPath, pathParameters, query, body,
                sourceIp);
    }

    /** As {@link #call(As, String, String, Map, Map, String, String)}, through the given context's API function. */
    static Answer call(ApiFunction api, As as, String routeKey, String rawPath, Map<String, String> pathParameters,
                       Map<String, String> query, String body, String sourceIp) {
        ObjectNode e = JSON.createObjectNode();
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        e.put("version", "2.0");
        e.put("routeKey", routeKey);
        e.put("rawPath", rawPath);
        e.put("rawQueryString", "");
        e.putObject("headers").put("content-type", "application/json").put("host", "api.example.test");
        if (!pathParameters.isEmpty()) {
            ObjectNode p = e.putObject("pathParameters");
            pathParameters.forEach(p::put);
        }
        if (!query.isEmpty()) {
            ObjectNode q = e.putObject("queryStringParameters");
            query.forEach(q::put);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012").put("apiId", "abc123").put("domainName", "api.example.test")
                .put("requestId", "req-" + System.nanoTime()).put("routeKey", routeKey).put("stage", "$default")
                .put("time", "22/Nov/2026:04:56:05 +0000").put("timeEpoch", 1795150565000L);
        ctx.putObject("http").put("method", method).put("path", rawPath).put("protocol", "HTTP/1.1")
                .put("sourceIp", sourceIp).put("userAgent", "test");
        if (as.groups() != null) {
            ObjectNode claims = ctx.putObject("authorizer").putObject("jwt").putObject("claims");
            claims.put("sub", "0b1c2d3e").put("cognito:username", "petugas-uji").put("cognito:groups", as.groups())
                    .put("token_use", "id");
            if (as.kelurahan() != null) {
                claims.put("custom:kelurahan", as.kelurahan());
            }
            ctx.with("authorizer").with("jwt").putArray("scopes");
        }
        if (body != null) {
            e.put("body", body);
            e.put("isBase64Encoded", false);
        } else {
            e.put("isBase64Encoded", false);
        }
        APIGatewayV2HTTPEvent event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                HttpEvents.class.getClassLoader()).fromJson(e.toString());
        APIGatewayV2HTTPResponse r = api.apply(event);
        JsonNode json = null;
        if (r.getHeaders().getOrDefault("content-type", "").startsWith("application/json")) {
            try {
                json = JSON.readTree(r.getBody());
            } catch (Exception ex) {
                throw new AssertionError("not JSON: " + r.getBody(), ex);
            }
        }
        return new Answer(r.getStatusCode(), json, r.getBody(), r.getHeaders());
    }

    static Answer get(As as, String routeKey, String rawPath, Map<String, String> pathParameters) {
        return call(as, routeKey, rawPath, pathParameters, Map.of(), null, "203.0.113.10");
    }

    static Answer send(As as, String routeKey, String rawPath, String body) {
        return call(as, routeKey, rawPath, Map.of(), Map.of(), body, "203.0.113.10");
    }
}
