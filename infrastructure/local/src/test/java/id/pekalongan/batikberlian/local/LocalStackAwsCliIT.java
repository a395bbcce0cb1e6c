package id.pekalongan.batikberlian.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack as a newcomer meets it: the built jar on its own ports, driven by the real AWS CLI and curl.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalStackAwsCliIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUCKET = "batik-berlian-uploads-000000000000";

    @TempDir
    static Path temp;
    private LocalStackProcess stack;

    @BeforeAll
    void start() throws Exception {
        stack = LocalStackProcess.start(temp.resolve("data"), "--no-sample-data");
        System.out.println("local_stack.start_ms=" + stack.startMillis);
    }

    @AfterAll
    void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    private Cli aws(String endpointPort, String... args) {
        return stack.aws(Integer.parseInt(endpointPort), args);
    }

    @Test
    void listsTheTemplatesTablesThroughTheAwsCli() throws Exception {
        JsonNode tables = JSON.readTree(aws("" + stack.dynamoPort, "dynamodb", "list-tables").ok().out());
        assertThat(tables.path("TableNames").toString()).contains("batik-berlian-applicants",
                "batik-berlian-uploads", "batik-berlian-programme", "batik-berlian-billing", "batik-berlian-claims");
    }

    @Test
    void anUploadCopiedIntoIncomingTriggersIngestUpload() throws Exception {
        Path file = temp.resolve("daftar pekerja (1).csv");
        Files.writeString(file, "NIK,Nama,Tgl Lahir,L/P,Pekerjaan,Kelurahan\n"
                + "3375011708750001,Slamet,17/08/1975,L,Tukang becak,Sapuro Kebulen\n", StandardCharsets.UTF_8);
        String key = "incoming/Sapuro Kebulen/daftar pekerja (1).csv";
        aws("" + stack.s3Port, "s3", "cp", file.toString(), "s3://" + BUCKET + "/" + key).ok();

        assertThat(aws("" + stack.s3Port, "s3", "ls", "s3://" + BUCKET + "/", "--recursive").ok().out())
                .contains(key);
        JsonNode items = awaitItems("batik-berlian-uploads", 1, Duration.ofSeconds(60));
        assertThat(items.toString()).contains(key);
    }

    @Test
    void everyFunctionAnswersAnInvokeThroughTheAwsCli() throws Exception {
        String[][] cases = {
                {"MonthlyPremium", "{\"period\":\"2026-12\"}"},
                {"ValidateEligibility", "{\"Records\":[]}"},
                {"RedactExpiredRefusals", "{}"},
                {"Api", apiEvent()},
                {"IngestUpload", "{\"Records\":[]}"},
                {"ComputeClaimBenefit", "{\"type\":\"JKM_DEATH\",\"simulate\":true}"},
        };
        for (String[] c : cases) {
            Path out = temp.resolve(c[0] + ".json");
            Cli r = aws("" + stack.lambdaPort, "lambda", "invoke", "--function-name", c[0], "--payload", c[1],
                    out.toString()).ok();
            JsonNode meta = JSON.readTree(r.out());
            assertThat(meta.path("StatusCode").asInt()).as(c[0]).isEqualTo(200);
            String payload = Files.readString(out);
            assertThat(payload).as(c[0] + " answered").isNotBlank();
            JsonNode answer = JSON.readTree(payload);
            if (meta.has("FunctionError")) {
                // A function that refuses an event still answers Lambda's error document, never a stack trace.
                assertThat(answer.path("errorMessage").asText()).as(c[0]).isNotBlank();
                assertThat(answer.path("stackTrace")).as(c[0]).isEmpty();
            }
        }
        JsonNode billing = JSON.readTree(Files.readString(temp.resolve("MonthlyPremium.json")));
        assertThat(billing.path("period").asText()).isEqualTo("2026-12");
        JsonNode redaction = JSON.readTree(Files.readString(temp.resolve("RedactExpiredRefusals.json")));
        assertThat(redaction.path("redacted").isInt()).as("the redaction, salted from the template: %s", redaction)
                .isTrue();
        JsonNode api = JSON.readTree(Files.readString(temp.resolve("Api.json")));
        assertThat(api.path("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void billingTwiceForAPeriodGivesTheSameInvoiceAndTheCsvPrints() throws Exception {
        Path first = temp.resolve("bill-1.json");
        Path second = temp.resolve("bill-2.json");
        String payload = "{\"period\":\"2027-01\"}";
        aws("" + stack.lambdaPort, "lambda", "invoke", "--function-name", "MonthlyPremium", "--payload", payload,
                first.toString()).ok();
        aws("" + stack.lambdaPort, "lambda", "invoke", "--function-name", "MonthlyPremium", "--payload", payload,
                second.toString()).ok();
        JsonNode a = JSON.readTree(Files.readString(first));
        JsonNode b = JSON.readTree(Files.readString(second));
        assertThat(a.path("rosterHash").asText()).isNotBlank().isEqualTo(b.path("rosterHash").asText());
        assertThat(a.path("amount").asLong()).isEqualTo(b.path("amount").asLong());
        String csv = aws("" + stack.s3Port, "s3", "cp", "s3://" + BUCKET + "/invoices/2027-01.csv", "-").ok().out();
        assertThat(csv).containsIgnoringCase("NIK");
    }

    @Test
    void aJkmSimulationThroughTheInvokeApiPricesTheFamilysEntitlement() throws Exception {
        Path out = temp.resolve("claim.json");
        String payload = "{\"type\":\"JKM_DEATH\",\"simulate\":true,\"incidentDate\":\"2026-03-01\","
                + "\"contributionMonths\":36,\"children\":[{\"birthDate\":\"2018-07-01\",\"level\":\"TK_SD\","
                + "\"grade\":3},{\"birthDate\":\"2010-02-01\",\"level\":\"SMA\",\"grade\":1}]}";
        aws("" + stack.lambdaPort, "lambda", "invoke", "--function-name", "ComputeClaimBenefit", "--payload",
                payload, out.toString()).ok();
        JsonNode answer = JSON.readTree(Files.readString(out));
        assertThat(answer.path("totalCash").asLong()).isEqualTo(42_000_000L);
        // SD grade 1: 6 × 1.5 + 6 + 9 + 60 juta = 84 juta; SMA grade 1: 9 + 60 juta = 69 juta.
        assertThat(answer.path("scholarshipTotal").asLong()).isEqualTo(153_000_000L);
    }

    @Test
    void malformedEventJsonGetsA400WithOneClearLine() {
        Cli r = Cli.run(stack.awsEnv(), "curl", "-s", "-o", "-", "-w", "\n%{http_code}", "-X", "POST",
                "http://127.0.0.1:" + stack.lambdaPort + "/2015-03-31/functions/IngestUpload/invocations",
                "-d", "{\"Records\": [");
        String[] lines = r.ok().out().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("400");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("Could not parse request body into json").doesNotContain("\tat ");

        Cli cli = aws("" + stack.lambdaPort, "lambda", "invoke", "--function-name", "IngestUpload",
                "--payload", "{not json", temp.resolve("x.json").toString());
        assertThat(cli.exitCode()).isNotZero();
        assertThat(cli.err().strip()).contains("InvalidRequestContentException").doesNotContain("\tat ");
    }

    @Test
    void unknownFunctionIsResourceNotFound() {
        Cli cli = aws("" + stack.lambdaPort, "lambda", "invoke", "--function-name", "NoSuchFunction",
                "--payload", "{}", temp.resolve("y.json").toString());
        assertThat(cli.exitCode()).isNotZero();
        assertThat(cli.err()).contains("ResourceNotFoundException");
    }

    @Test
    void servesTheWebFormAndGuardsStaffRoutes() {
        Cli form = Cli.run(stack.awsEnv(), "curl", "-s", "-w", "\n%{http_code}",
                "http://127.0.0.1:" + stack.apiPort + "/").ok();
        assertThat(form.out()).contains("<html").endsWith("200");
        Cli staff = Cli.run(stack.awsEnv(), "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}",
                "http://127.0.0.1:" + stack.apiPort + "/participants/3375011708750001").ok();
        assertThat(staff.out()).isEqualTo("401");
    }

    private JsonNode awaitItems(String table, int atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode items = null;
        while (System.nanoTime() < deadline) {
            items = JSON.readTree(aws("" + stack.dynamoPort, "dynamodb", "scan", "--table-name", table).ok().out())
                    .path("Items");
            if (items.size() >= atLeast) {
                return items;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(table + " has " + (items == null ? 0 : items.size()) + " items:\n"
                + stack.output());
    }

    private static String apiEvent() {
        return "{\"version\":\"2.0\",\"routeKey\":\"GET /\",\"rawPath\":\"/\",\"rawQueryString\":\"\","
                + "\"headers\":{\"accept\":\"text/html\"},\"requestContext\":{\"accountId\":\"000000000000\","
                + "\"apiId\":\"local\",\"http\":{\"method\":\"GET\",\"path\":\"/\",\"protocol\":\"HTTP/1.1\","
                + "\"sourceIp\":\"127.0.0.1\",\"userAgent\":\"test\"},\"requestId\":\"r1\",\"routeKey\":\"GET /\","
                + "\"stage\":\"$default\",\"timeEpoch\":1700000000000},\"isBase64Encoded\":false}";
    }
}
