package id.pekalongan.batikberlian.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.testing.FuzzBytes;
import id.pekalongan.batikberlian.testing.FuzzDriver;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The HTTP door with anything a client can send: any body, base64 or not (and base64 that is not), any headers,
 * on the public routes that parse JSON. Whatever comes in, the Api function answers (it never throws, so API
 * Gateway never turns a client's mistake into a 502), and a refusal is a 4xx with a JSON body naming a code; a 5xx
 * would mean a client's input broke the server.
 *
 * <p>Input layout: route byte, base64 flag, "encode properly" flag, source-address byte, a header count and that
 * many name/value strings, then the body.
 */
class ApiBodyFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROUTES = {"POST /claims/simulate", "POST /status"};
    private static final String S = String.valueOf((char) FuzzBytes.SEPARATOR);
    private static final PojoSerializer<APIGatewayV2HTTPEvent> EVENTS = LambdaEventSerializers.serializerFor(
            APIGatewayV2HTTPEvent.class, ApiBodyFuzzTest.class.getClassLoader());

    private static ApiFunction api;

    private static synchronized ApiFunction api() {
        if (api == null) {
            api = FunctionsApp.bean(ApiFunction.class);
        }
        return api;
    }

    @FuzzTest(maxDuration = "120s")
    void request(byte[] data) {
        check(data);
    }

    @Test
    void tenThousandMutatedRequests() {
        api(); // the Spring context starts outside the timed runs
        int runs = FuzzDriver.named("ApiFunction (POST /claims/simulate, POST /status)")
                .seed("\u0000\u0000\u0000\u0001\u0000\u0000content-type" + S + "application/json" + S
                        + "{\"type\":\"DEATH\",\"incidentDate\":\"2024-05-01\",\"heirs\":[{\"relation\":\"SPOUSE\"}],"
                        + "\"children\":[{\"birthDate\":\"2015-01-01\",\"schoolLevel\":\"SD\"}]}")
                .seed("\u0000\u0001\u0001\u0002\u0000\u0000{\"type\":\"WORK_ACCIDENT\",\"incidentDate\":\"2024-05-01\","
                        + "\"daysOff\":30,\"medicalCost\":1000000,\"transport\":[{\"mode\":\"ROAD\",\"cost\":50000}],"
                        + "\"disability\":{\"items\":[{\"code\":\"X\",\"percent\":10}]}}")
                .seed("\u0001\u0000\u0000\u0003\u0000\u0000{\"nik\":\"3375010101900001\",\"birthDate\":\"1990-01-01\"}")
                .seed("\u0001\u0001\u0000\u0004\u0000\u0000e25pa30=")
                .seed("\u0000\u0000\u0000\u0005\u0000\u0000[1,2,{\"a\":null}]")
                .token("{", "}", "[", "]", "\"", ":", ",", "null", "true", "-1", "1e999", "99999999999999999999",
                        "\"type\"", "\"incidentDate\"", "\"nik\"", "\"birthDate\"", "\"children\"", "\"heirs\"",
                        "\"daysOff\"", "\"declaredIncome\"", "\"contributionMonths\"", "DEATH", "WORK_ACCIDENT",
                        "2024-02-30", "0000-01-01", "\\u0000", "\\ud800", "=", "==", "\u00ff")
                .run(8_005, 10_000, ApiBodyFuzzTest::check);
        assertThat(runs).isEqualTo(10_000);
    }

    /** Found by fuzzing: the base64 decoder's exception escaped the function, which API Gateway shows as a 502. */
    @Test
    void aBodyMarkedBase64ThatIsNotIsRefusedWithA400() throws Exception {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0").put("routeKey", "POST /status").put("rawPath", "/status").put("body", "e25pa3=")
                .put("isBase64Encoded", true);
        event.putObject("requestContext").put("requestId", "r1").putObject("http").put("method", "POST")
                .put("sourceIp", "127.0.9.9");
        APIGatewayV2HTTPResponse response = api().apply(EVENTS.fromJson(event.toString()));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).path("code").asText()).isEqualTo("INVALID_BASE64");
    }

    private static void check(byte[] data) {
        FuzzBytes in = new FuzzBytes(data);
        String routeKey = ROUTES[in.nextByte() % ROUTES.length];
        boolean base64 = in.nextBoolean();
        boolean encodeProperly = in.nextBoolean();
        String sourceIp = "127.0." + in.nextByte() + "." + in.nextByte();
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0").put("routeKey", routeKey).put("rawPath", routeKey.substring(5))
                .put("rawQueryString", "");
        ObjectNode headers = event.putObject("headers");
        int headerCount = in.nextByte() % 4;
        for (int i = 0; i < headerCount; i++) {
            headers.put(in.nextString(), in.nextString());
        }
        byte[] body = in.remainingBytes();
        if (base64) {
            event.put("body", encodeProperly ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
        } else if (body.length > 0 || encodeProperly) {
            event.put("body", new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", base64);
        ObjectNode ctx = event.putObject("requestContext");
        ctx.put("requestId", "fuzz").put("routeKey", routeKey).put("stage", "$default");
        ctx.putObject("http").put("method", "POST").put("path", routeKey.substring(5)).put("sourceIp", sourceIp);

        APIGatewayV2HTTPResponse response = api().apply(EVENTS.fromJson(event.toString()));

        int status = response.getStatusCode();
        assertThat(status).as("status for %s", event).isBetween(200, 499);
        assertThat(response.getIsBase64Encoded()).isFalse();
        JsonNode answer;
        try {
            answer = JSON.readTree(response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
        if (status >= 400) {
            assertThat(answer.path("code").isTextual()).as("code in %s", answer).isTrue();
        }
    }
}
