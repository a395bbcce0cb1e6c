package id.pekalongan.batikberlian.functions.api.routes.billing;

import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.functions.api.ApiFunction;
import id.pekalongan.batikberlian.functions.premium.BillingRun;
import id.pekalongan.batikberlian.storage.ApplicantItems;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The billing routes through the Api function, with API Gateway payload 2.0 events. */
class BillingRoutesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NIK = "3375019999990001";

    @BeforeAll
    static void participantAndInvoice() {
        Applicant a = new Applicant(new Person(NIK, "Siti", LocalDate.of(1985, 2, 2), Sex.FEMALE),
                new Residence("33.75.01.1002", "33.75.01", null, null, null, null),
                new Work("Buruh batik", "BATIK", 1_000_000),
                PriorityFlags.NONE,
                ParticipantStatus.ACTIVE,
                new Arrival("FORM", 0, Instant.parse("2024-01-01T00:00:00Z"), "a"),
                new Membership(LocalDate.of(2023, 12, 5), LocalDate.of(2024, 1, 1), 2024, null, null, null),
                null,
                1);
        LocalAws.get().dynamo().putItem(b -> b.tableName(LocalAws.get().tables().get("ApplicantsTable"))
                .item(ApplicantItems.toItem(a)));
        FunctionsApp.bean(BillingRun.class).run(BillingPeriod.of(2038, 3), Instant.now().plusSeconds(3600));
    }

    static APIGatewayV2HTTPResponse call(String routeKey, String path, Map<String, String> params, String groups,
                                         String body) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", routeKey);
        e.put("rawPath", path);
        e.set("pathParameters", JSON.valueToTree(params));
        e.set("headers", JSON.valueToTree(Map.of("content-type", "application/json")));
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("requestId", "req-1");
        ctx.putObject("http").put("method", routeKey.split(" ")[0]).put("path", path).put("sourceIp", "10.0.0.1");
        if (groups != null) {
            ctx.putObject("authorizer").putObject("jwt").putObject("claims")
                    .put("cognito:groups", "[" + groups + "]").put("cognito:username", "bendahara");
        }
        if (body != null) {
            e.put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
            e.put("isBase64Encoded", true);
        }
        APIGatewayV2HTTPEvent event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                BillingRoutesTest.class.getClassLoader()).fromJson(e.toString());
        return FunctionsApp.bean(ApiFunction.class).apply(event);
    }

    static JsonNode body(APIGatewayV2HTTPResponse r) throws Exception {
        return JSON.readTree(r.getBody());
    }

    @Test
    void financeReadsTheInvoiceWithSubtotalsAndFiles() throws Exception {
        APIGatewayV2HTTPResponse r = call("GET /periods/{period}/invoice", "/periods/2038-03/invoice",
                Map.of("period", "2038-03"), "finance", null);
        assertThat(r.getStatusCode()).isEqualTo(200);
        JsonNode b = body(r);
        assertThat(b.path("invoice").path("status").asText()).isEqualTo("COMPLETE");
        assertThat(b.path("invoice").path("rosterHash").asText()).hasSize(64);
        long kelurahan = 0;
        for (JsonNode k : b.path("kelurahan")) {
            kelurahan += k.path("amount").asLong();
        }
        assertThat(kelurahan).isEqualTo(b.path("invoice").path("linesAmount").asLong()).isPositive();
        assertThat(b.path("files").path("xlsx").path("key").asText()).isEqualTo("invoices/2038-03.xlsx");
        assertThat(b.path("files").path("csv").path("url").asText()).contains("invoices/2038-03.csv");
    }

    @ParameterizedTest(name = "{0} {1} as [{2}] → {3} {4}")
    @CsvSource({
            "GET /periods/{period}/invoice, 2038-04, finance, 404, INVOICE_NOT_FOUND",
            "GET /periods/{period}/invoice, 2038-4,  staff,   400, INVALID_PERIOD",
            "GET /periods/{period}/invoice, 2038-03, kelurahan, 403, FORBIDDEN_ROLE"})
    void invoiceRefusals(String route, String period, String groups, int status, String code) throws Exception {
        APIGatewayV2HTTPResponse r = call(route, "/periods/" + period + "/invoice", Map.of("period", period),
                groups, null);
        assertThat(r.getStatusCode()).isEqualTo(status);
        assertThat(body(r).path("code").asText()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-03-10\",\"amount\":16800,\"periods\":[\"2024-03\"]}|201|",
            "not json|400|INVALID_JSON",
            "{\"nik\":\"3375\",\"paidOn\":\"2024-03-10\",\"amount\":16800,\"periods\":[\"2024-03\"]}|400|NIK_INVALID",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"10/03/2024\",\"amount\":16800,\"periods\":[\"2024-03\"]}|400|PAID_ON_INVALID",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2999-03-10\",\"amount\":16800,\"periods\":[\"2024-03\"]}|400|PAID_ON_IN_FUTURE",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-03-10\",\"amount\":16800.5,\"periods\":[\"2024-03\"]}|400|AMOUNT_INVALID",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-03-10\",\"amount\":0,\"periods\":[\"2024-03\"]}|400|AMOUNT_INVALID",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-03-10\",\"amount\":16800,\"periods\":[]}|400|PERIODS_REQUIRED",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-03-10\",\"amount\":16800,\"periods\":[\"2024-3\"]}|400|PERIOD_INVALID",
            "{\"nik\":\"3375019999990002\",\"paidOn\":\"2024-03-10\",\"amount\":16800,\"periods\":[\"2024-03\"]}|404|PARTICIPANT_NOT_FOUND",
            "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-03-10\",\"amount\":16800,\"periods\":[\"2024-03\"],\"paymentId\":\"a b\"}|400|PAYMENT_ID_INVALID"})
    void paymentValidation(String json, int status, String code) throws Exception {
        APIGatewayV2HTTPResponse r = call("POST /payments", "/payments", Map.of(), "finance", json);
        assertThat(r.getStatusCode()).isIn(status, status == 201 ? 200 : status);
        if (code != null) {
            assertThat(body(r).path("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void aPaymentIsRecordedOnceAndAReusedIdWithOtherContentConflicts() throws Exception {
        String json = "{\"nik\":\"3375019999990001\",\"paidOn\":\"2024-04-12\",\"amount\":33600,"
                + "\"periods\":[\"2024-04\",\"2024-05\"],\"paymentId\":\"BANK-7781\"}";
        APIGatewayV2HTTPResponse first = call("POST /payments", "/payments", Map.of(), "finance", json);
        APIGatewayV2HTTPResponse again = call("POST /payments", "/payments", Map.of(), "finance", json);
        APIGatewayV2HTTPResponse other = call("POST /payments", "/payments", Map.of(), "finance",
                json.replace("33600", "16800"));
        APIGatewayV2HTTPResponse staff = call("POST /payments", "/payments", Map.of(), "staff", json);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(body(first).path("nik").asText()).isEqualTo("3375********0001");
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(body(again).path("duplicate").asBoolean()).isTrue();
        assertThat(other.getStatusCode()).isEqualTo(409);
        assertThat(body(other).path("code").asText()).isEqualTo("PAYMENT_ID_CONFLICT");
        assertThat(staff.getStatusCode()).isEqualTo(403);
        long markers = LocalAws.get().dynamo().scanPaginator(b -> b.tableName(LocalAws.get().tables()
                .get("BillingTable"))).items().stream()
                .filter(i -> i.get("sk").s().equals("PAYMENT#" + NIK + "#BANK-7781")).count();
        assertThat(markers).isEqualTo(2);
    }
}
