package id.pekalongan.batikberlian.functions.api.routes.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.functions.api.ApiFunction;
import id.pekalongan.batikberlian.functions.claims.ClaimFixtures;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claim routes as API Gateway (HTTP API, payload 2.0) calls the Api function, JWT claims and all. */
class ClaimRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate INCIDENT = LocalDate.of(2025, 3, 10);
    private static final String SD_AND_SMA = """
            [{"birthDate": "2018-07-01", "level": "TK_SD", "grade": 3},
             {"birthDate": "2009-05-01", "level": "SMA", "grade": 1}]""";
    /** 84 jt for SD kelas 1 + 69 jt for SMA kelas 1 (see ClaimFixtures). */
    private static final long SCHOLARSHIP_SD1_SMA1 = 84_000_000L + 69_000_000L;

    /** An API Gateway payload 2.0 event; {@code groups} null = no token (a public route). */
    static APIGatewayV2HTTPEvent event(String method, String routeKey, String path, String id, String groups,
                                       String body, boolean base64) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", routeKey);
        e.put("rawPath", path);
        e.put("rawQueryString", "");
        e.putObject("headers").put("content-type", "application/json").put("host", "api.example.id");
        if (id != null) {
            e.putObject("pathParameters").put("id", id);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012").put("apiId", "batikapi").put("domainName", "api.example.id")
                .put("requestId", "req-" + System.nanoTime()).put("routeKey", routeKey).put("stage", "$default")
                .put("time", "10/Mar/2025:08:00:00 +0000").put("timeEpoch", 1741593600000L);
        ctx.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", "curl/8");
        if (groups != null) {
            ObjectNode claims = ctx.putObject("authorizer").putObject("jwt").putObject("claims");
            claims.put("sub", "0f6c-user").put("cognito:username", "budi." + groups.replaceAll("\\W", ""))
                    .put("cognito:groups", "[" + groups + "]");
            ctx.with("authorizer").with("jwt").putArray("scopes");
        }
        if (body != null) {
            e.put("body", base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        }
        e.put("isBase64Encoded", base64);
        return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, ClaimRoutesTest.class.getClassLoader())
                .fromJson(e.toString());
    }

    static APIGatewayV2HTTPResponse call(String method, String routeKey, String path, String id, String groups,
                                         String body) {
        return FunctionsApp.bean(ApiFunction.class).apply(event(method, routeKey, path, id, groups, body, false));
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    private static Applicant covered() {
        Applicant p = ClaimFixtures.participant(ParticipantStatus.ACTIVE, LocalDate.of(2022, 4, 1));
        ClaimFixtures.billed(p.nik(), YearMonth.of(2022, 4), YearMonth.of(2025, 3));
        return p;
    }

    private static String claim(String nik) {
        return """
                {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s", "children": %s}"""
                .formatted(nik, INCIDENT, SD_AND_SMA);
    }

    private static String submit(String groups, String nik) {
        APIGatewayV2HTTPResponse r = call("POST", "POST /claims", "/claims", null, groups, claim(nik));
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(201);
        return json(r).get("claimId").asText();
    }

    @ParameterizedTest(name = "POST /claims as [{0}] → {1}")
    @CsvSource(nullValues = "-", value = {
            "-,         401, UNAUTHENTICATED",
            "kelurahan, 403, FORBIDDEN_ROLE",
            "staff,     201, -",
            "finance,   201, -",
    })
    void onlyStaffOrFinanceFileAClaim(String groups, int status, String code) {
        Applicant p = covered();

        APIGatewayV2HTTPResponse r = call("POST", "POST /claims", "/claims", null, groups, claim(p.nik()));

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        JsonNode body = json(r);
        if (code != null) {
            assertThat(body.get("code").asText()).isEqualTo(code);
        } else {
            assertThat(body.get("totalCash").asLong()).isEqualTo(42_000_000L);
            assertThat(body.get("scholarshipTotal").asLong()).isEqualTo(SCHOLARSHIP_SD1_SMA1);
            assertThat(body.get("status").asText()).isEqualTo("COMPUTED");
            assertThat(body.get("history").get(0).get("by").asText()).isEqualTo("budi." + groups);
        }
        assertThat(r.getBody()).doesNotContain(p.nik());
    }

    @Test
    void aClaimGoesForwardOnlyAndEachStepHasItsRole() {
        String id = submit("staff", covered().nik());

        // [step, groups, expected status, code]
        String[][] steps = {
                {"pay", "finance", "409", "CLAIM_STATUS_CONFLICT"},
                {"approve", "finance", "403", "FORBIDDEN_ROLE"},
                {"approve", null, "401", "UNAUTHENTICATED"},
                {"approve", "staff", "200", "APPROVED"},
                {"approve", "staff", "409", "CLAIM_STATUS_CONFLICT"},
                {"pay", "staff", "403", "FORBIDDEN_ROLE"},
                {"pay", "finance", "200", "PAID"},
                {"pay", "finance", "409", "CLAIM_STATUS_CONFLICT"},
                {"approve", "staff", "409", "CLAIM_STATUS_CONFLICT"},
        };
        for (String[] s : steps) {
            APIGatewayV2HTTPResponse r = call("POST", "POST /claims/{id}/" + s[0], "/claims/" + id + "/" + s[0], id,
                    s[1], null);
            String what = s[0] + " as " + s[1] + ": " + r.getBody();
            assertThat(r.getStatusCode()).as(what).isEqualTo(Integer.parseInt(s[2]));
            JsonNode body = json(r);
            assertThat(r.getStatusCode() == 200 ? body.get("status").asText() : body.get("code").asText()).as(what)
                    .isEqualTo(s[3]);
        }

        JsonNode stored = json(call("GET", "GET /claims/{id}", "/claims/" + id, id, "finance", null));
        assertThat(stored.get("status").asText()).isEqualTo("PAID");
        assertThat(stored.get("history").findValuesAsText("status"))
                .containsExactly("SUBMITTED", "COMPUTED", "APPROVED", "PAID");
        assertThat(stored.get("history").findValuesAsText("by"))
                .containsExactly("budi.staff", "sistem", "budi.staff", "budi.finance");
    }

    @ParameterizedTest(name = "reading {0} as [{1}] → {2}")
    @CsvSource(nullValues = "-", value = {
            "stored,                       staff,     200, -",
            "stored,                       finance,   200, -",
            "stored,                       kelurahan, 403, FORBIDDEN_ROLE",
            "stored,                       -,         401, UNAUTHENTICATED",
            "KLM-000000000000000000000000, staff,     404, CLAIM_NOT_FOUND",
            "not-a-claim-id,               staff,     404, CLAIM_NOT_FOUND",
    })
    void readingAClaim(String which, String groups, int status, String code) {
        String id = which.equals("stored") ? submit("staff", covered().nik()) : which;

        APIGatewayV2HTTPResponse r = call("GET", "GET /claims/{id}", "/claims/" + id, id, groups, null);

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        if (code == null) {
            assertThat(json(r).get("claimId").asText()).isEqualTo(id);
            assertThat(json(r).get("components").size()).isGreaterThanOrEqualTo(3);
        } else {
            assertThat(json(r).get("code").asText()).isEqualTo(code);
        }
    }

    @ParameterizedTest(name = "{0} an unknown claim → 404")
    @CsvSource({"approve", "pay"})
    void anUnknownClaimCannotMove(String step) {
        String id = "KLM-00000000000000000000000F";
        APIGatewayV2HTTPResponse r = call("POST", "POST /claims/{id}/" + step, "/claims/" + id + "/" + step, id,
                step.equals("pay") ? "finance" : "staff", null);

        assertThat(r.getStatusCode()).isEqualTo(404);
        assertThat(json(r).get("code").asText()).isEqualTo("CLAIM_NOT_FOUND");
    }

    @Test
    void theSameClaimTwiceThroughTheApiIsA409() {
        Applicant p = covered();
        String first = submit("staff", p.nik());

        APIGatewayV2HTTPResponse again = call("POST", "POST /claims", "/claims", null, "finance", claim(p.nik()));

        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("CLAIM_ALREADY_EXISTS");
        assertThat(json(again).get("message").asText()).contains(first);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"nik\": \"3375015505900001\", \"type\": |                      400 | INVALID_JSON",
            "[1, 2                                   |                      400 | INVALID_JSON",
            "''                                      |                      400 | INVALID_JSON",
            "[1, 2]                                  |                      400 | INVALID_REQUEST",
            "{\"type\": \"JKM_DEATH\", \"incidentDate\": \"2025-03-10\", \"daysOff\": -2} | 400 | MISSING_FIELD",
            "{\"nik\": \"3375019999990000\", \"type\": \"JKM_DEATH\", \"incidentDate\": \"2025-03-10\"} | 404 "
                    + "| NIK_NOT_REGISTERED",
    })
    void badBodiesAreRefusedWithAReason(String body, int status, String code) {
        APIGatewayV2HTTPResponse r = call("POST", "POST /claims", "/claims", null, "staff", body);

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        JsonNode answer = json(r);
        assertThat(answer.get("code").asText()).isEqualTo(code);
        assertThat(answer.get("message").asText()).isNotBlank().doesNotContain("\n").doesNotContain("3375015505900001");
        if (code.equals("MISSING_FIELD")) {
            // every mistake at once: the NIK is missing and the days are negative
            assertThat(answer.get("reasons").findValuesAsText("code")).contains("MISSING_FIELD", "NEGATIVE_DAYS");
        }
    }

    @ParameterizedTest(name = "{0} bytes → {1}")
    @CsvSource({"65536, 400", "65537, 413"})
    void theBodyLimitIs64KiB(int size, int status) {
        String prefix = "{\"simulate\": true, \"pad\": \"";
        String body = prefix + "x".repeat(size - prefix.length() - 2) + "\"}";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(size);

        APIGatewayV2HTTPResponse r = call("POST", "POST /claims/simulate", "/claims/simulate", null, null, body);

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(status);
        // Within the limit the body is read, and the unknown field is what is refused.
        assertThat(json(r).get("code").asText()).isEqualTo(status == 413 ? "BODY_TOO_LARGE" : "UNKNOWN_FIELD");
    }

    @ParameterizedTest(name = "simulation, base64 {0}")
    @CsvSource({"false", "true"})
    void anyoneMaySimulateAndNothingIsStored(boolean base64) {
        String body = """
                {"type": "JKM_DEATH", "incidentDate": "%s", "contributionMonths": 36, "children": %s}"""
                .formatted(INCIDENT, SD_AND_SMA);

        APIGatewayV2HTTPResponse r = FunctionsApp.bean(ApiFunction.class).apply(
                event("POST", "POST /claims/simulate", "/claims/simulate", null, null, body, base64));

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        JsonNode answer = json(r);
        assertThat(answer.get("totalCash").asLong()).isEqualTo(42_000_000L);
        assertThat(answer.get("scholarshipTotal").asLong()).isEqualTo(SCHOLARSHIP_SD1_SMA1);
        assertThat(answer.has("claimId")).isFalse();
    }

    @Test
    void aSimulationNeverStoresEvenWithARegisteredNik() {
        Applicant p = covered();
        String body = claim(p.nik()).replace("{\"nik\"", "{\"simulate\": false, \"contributionMonths\": 36, \"nik\"");

        APIGatewayV2HTTPResponse r = call("POST", "POST /claims/simulate", "/claims/simulate", null, null, body);

        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        assertThat(json(r).has("claimId")).isFalse();
        assertThat(FunctionsApp.bean(id.pekalongan.batikberlian.storage.ApplicantStore.class).find(p.nik())
                .orElseThrow().status()).isEqualTo(ParticipantStatus.ACTIVE);
    }
}
