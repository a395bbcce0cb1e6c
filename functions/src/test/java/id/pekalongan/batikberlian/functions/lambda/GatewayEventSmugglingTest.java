package id.pekalongan.batikberlian.functions.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Api function as Lambda runs it ({@code FunctionInvoker}, raw event bytes), attacked the way the gateway lets
 * anyone attack it: a JSON array in the body of every route of {@code template.yaml}, holding forged gateway events
 * with staff claims, numbers, strings, nested arrays, or the same base64-encoded; and the same array in an HTTP
 * header named {@code payload}. Each request must be answered once, by its own route, as the caller it really is.
 */
class GatewayEventSmugglingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NIK = "3375011708750001";

    /** A gateway event for the staff dashboard, with the claims an attacker would like to have. */
    private static final String FORGED = """
            {"version":"2.0","routeKey":"GET /reports/summary","rawPath":"/reports/summary",
             "requestContext":{"http":{"method":"GET","path":"/reports/summary","sourceIp":"9.9.9.9"},
             "authorizer":{"jwt":{"claims":{"cognito:groups":"[staff]","cognito:username":"attacker"}}}},
             "headers":{}}""".replace("\n", "");

    record TemplateRoute(String method, String path, boolean isPublic) {
        String routeKey() {
            return method + " " + path;
        }

        String rawPath() {
            return path.replace("{nik}", NIK).replace("{id}", "abc").replace("{period}", "2026-12")
                    .replace("{proxy+}", "app.js");
        }

        Map<String, String> pathParameters() {
            Map<String, String> p = new java.util.LinkedHashMap<>();
            if (path.contains("{nik}")) p.put("nik", NIK);
            if (path.contains("{id}")) p.put("id", "abc");
            if (path.contains("{period}")) p.put("period", "2026-12");
            if (path.contains("{proxy+}")) p.put("proxy", "app.js");
            return p;
        }
    }

    /** Every HttpApi route the template deploys on the Api function, and whether its authorizer is NONE. */
    static List<TemplateRoute> templateRoutes() {
        CloudFormationTemplate template = CloudFormationTemplate.fromFile(
                Path.of(System.getProperty("batik.root", "..")).resolve("template.yaml"), Map.of("Stage", "test"));
        List<TemplateRoute> routes = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, fn) -> {
            JsonNode events = fn.path("Properties").path("Events");
            for (Iterator<JsonNode> it = events.elements(); it.hasNext(); ) {
                JsonNode e = it.next();
                if (!"HttpApi".equals(e.path("Type").asText())) {
                    continue;
                }
                JsonNode p = e.path("Properties");
                routes.add(new TemplateRoute(p.path("Method").asText().toUpperCase(), p.path("Path").asText(),
                        "NONE".equals(p.path("Auth").path("Authorizer").asText())));
            }
        });
        assertThat(routes).as("the template's HTTP routes").hasSizeGreaterThan(10);
        return routes;
    }

    static Stream<Arguments> hostileBodies() {
        String arrayOfEvents = "[" + FORGED + "]";
        List<Arguments> cases = new ArrayList<>();
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("array of forged events", arrayOfEvents);
        bodies.put("two forged events", "[" + FORGED + "," + FORGED + "]");
        bodies.put("nested arrays", "[[" + FORGED + "]]");
        bodies.put("numbers", "[1,2,3]");
        bodies.put("strings", "[\"a\"]");
        bodies.put("an object in an array", "[{\"nik\":\"1\"}]");
        bodies.put("empty array", "[]");
        for (TemplateRoute route : templateRoutes()) {
            bodies.forEach((name, body) -> {
                cases.add(Arguments.of(route, name, body, false));
                cases.add(Arguments.of(route, name + " (base64)", body, true));
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("hostileBodies")
    void anArrayBodyIsAnsweredOnceByItsOwnRouteAsTheRealCaller(TemplateRoute route, String name, String body,
                                                               boolean base64) throws Exception {
        ObjectNode event = event(route, null);
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        event.put("isBase64Encoded", base64);
        JsonNode answer = JSON.readTree(InvokerHarness.invoke("Api", event.toString()));

        assertThat(answer.isObject()).as("one answer, not one per element: %s", answer).isTrue();
        int status = answer.path("statusCode").asInt();
        assertThat(status).as("no 5xx: %s", answer).isBetween(200, 499);
        assertThat(answer.path("body").asText()).as("the forged caller never appears").doesNotContain("attacker");
        if (!route.isPublic()) {
            assertThat(status).as("staff route without a token: %s", answer).isEqualTo(401);
        } else if (route.method().equals("POST")) {
            assertThat(status).as("a public form route refuses a body that is not an object: %s", answer)
                    .isEqualTo(400);
            // The form routes say the JSON is not an object; the claim routes that the request is not a claim.
            assertThat(JSON.readTree(answer.path("body").asText()).path("code").asText())
                    .isIn("INVALID_JSON", "INVALID_REQUEST");
        } else {
            JsonNode plain = JSON.readTree(InvokerHarness.invoke("Api", event(route, null).toString()));
            assertThat(status).as("a GET ignores the body").isEqualTo(plain.path("statusCode").asInt());
        }
    }

    @Test
    void anArrayInAHeaderNamedPayloadIsOnlyAHeader() throws Exception {
        TemplateRoute status = new TemplateRoute("POST", "/status", true);
        ObjectNode event = event(status, null);
        ((ObjectNode) event.get("headers")).put("payload", "[" + FORGED + "]");
        event.put("body", "{\"nik\":\"" + NIK + "\",\"birthDate\":\"1975-08-17\"}");
        event.put("isBase64Encoded", false);
        JsonNode answer = JSON.readTree(InvokerHarness.invoke("Api", event.toString()));
        assertThat(answer.isObject()).isTrue();
        assertThat(answer.path("statusCode").asInt()).as("answered by POST /status: %s", answer).isIn(200, 404);
        assertThat(answer.path("body").asText()).doesNotContain("attacker");
    }

    @Test
    void anInvocationThatIsAnArrayOfEventsIsRefusedWhole() throws Exception {
        JsonNode answer = JSON.readTree(InvokerHarness.invoke("Api", "[" + FORGED + "]"));
        assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
        assertThat(JSON.readTree(answer.path("body").asText()).path("code").asText())
                .isEqualTo("EVENT_NOT_ONE_OBJECT");
    }

    @Test
    void aForgedEventIsNeverRunEvenAsTheWholeInvocationWithAKeyTwice() throws Exception {
        // The same key twice: a parser that keeps the last one would see claims the first one did not show.
        String twice = FORGED.substring(0, FORGED.length() - 1) + ",\"routeKey\":\"GET /reports/summary\"}";
        JsonNode answer = JSON.readTree(InvokerHarness.invoke("Api", twice));
        assertThat(answer.path("statusCode").asInt()).isEqualTo(400);
        assertThat(JSON.readTree(answer.path("body").asText()).path("code").asText()).isEqualTo("EVENT_NOT_JSON");
    }

    static Stream<TemplateRoute> staffRoutes() {
        return templateRoutes().stream().filter(r -> !r.isPublic());
    }

    /**
     * Only the claims API Gateway itself puts in {@code requestContext.authorizer} open a staff route: with none,
     * every route the template protects answers 401; with the gateway's claims, none of them does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("staffRoutes")
    void aStaffRouteOpensOnlyWithTheGatewaysClaims(TemplateRoute route) throws Exception {
        ObjectNode anonymous = event(route, null);
        anonymous.put("body", "{}");
        JsonNode refused = JSON.readTree(InvokerHarness.invoke("Api", anonymous.toString()));
        assertThat(refused.path("statusCode").asInt()).as("%s without claims: %s", route, refused).isEqualTo(401);

        ObjectNode staff = event(route, "[staff finance]");
        staff.put("body", "{}");
        JsonNode answered = JSON.readTree(InvokerHarness.invoke("Api", staff.toString()));
        assertThat(answered.path("statusCode").asInt()).as("%s with the gateway's claims: %s", route, answered)
                .isNotEqualTo(401).isLessThan(500);
    }

    private static ObjectNode event(TemplateRoute route, String groups) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", route.routeKey());
        e.put("rawPath", route.rawPath());
        e.put("rawQueryString", "");
        e.putObject("headers").put("content-type", "application/json").put("host", "api.example.test");
        Map<String, String> params = route.pathParameters();
        if (!params.isEmpty()) {
            ObjectNode p = e.putObject("pathParameters");
            params.forEach(p::put);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012").put("apiId", "abc123").put("requestId", "req-" + System.nanoTime())
                .put("routeKey", route.routeKey()).put("stage", "$default");
        ctx.putObject("http").put("method", route.method()).put("path", route.rawPath())
                .put("protocol", "HTTP/1.1").put("sourceIp", "203.0.113." + (System.nanoTime() % 200 + 1))
                .put("userAgent", "test");
        if (groups != null) {
            ctx.putObject("authorizer").putObject("jwt").putObject("claims")
                    .put("cognito:username", "petugas-uji").put("cognito:groups", groups).put("sub", "s");
        }
        e.put("isBase64Encoded", false);
        return e;
    }
}
