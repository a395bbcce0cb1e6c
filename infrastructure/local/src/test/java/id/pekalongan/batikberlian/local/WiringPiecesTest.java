package id.pekalongan.batikberlian.local;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces that turn the template into local wiring, each against what AWS does. */
class WiringPiecesTest {

    private static final ZoneId WIB = Jakarta.ZONE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theLocalServersSendAnswersWithoutWaitingForTheClientsAcknowledgement() throws Exception {
        // Without this the JDK server holds each body back for a delayed ACK: 40 ms on every keep-alive answer.
        String before = System.getProperty(HttpExchanges.NO_DELAY);
        System.clearProperty(HttpExchanges.NO_DELAY);
        try {
            var server = HttpExchanges.loopbackServer(0, 1);
            server.stop(0);
            assertThat(System.getProperty(HttpExchanges.NO_DELAY)).isEqualTo("true");
            System.setProperty(HttpExchanges.NO_DELAY, "false");
            HttpExchanges.loopbackServer(0, 1).stop(0);
            assertThat(System.getProperty(HttpExchanges.NO_DELAY)).as("an explicit choice is kept").isEqualTo("false");
        } finally {
            if (before == null) {
                System.clearProperty(HttpExchanges.NO_DELAY);
            } else {
                System.setProperty(HttpExchanges.NO_DELAY, before);
            }
        }
    }

    @ParameterizedTest(name = "after {0} → {1}")
    @CsvSource({
            "2026-11-22T09:00, 2026-12-01T00:05",
            "2026-12-01T00:04, 2026-12-01T00:05",
            "2026-12-01T00:05, 2027-01-01T00:05",
            "2027-01-31T23:59, 2027-02-01T00:05",
    })
    void theMonthlyScheduleFiresAtFiveMinutesPastMidnightWibOnTheFirst(String after, String next) {
        CronSchedule cron = CronSchedule.parse("cron(5 0 1 * ? *)", WIB);
        ZonedDateTime at = cron.next(ZonedDateTime.parse(after + ":00+07:00[Asia/Jakarta]"));
        assertThat(at.toLocalDateTime().toString()).isEqualTo(next);
    }

    @Test
    void theScheduledTimeIsFilledInAsTheSchedulerDoesInUtc() {
        var schedule = new Schedules.Schedule("MonthlyPremium", CronSchedule.parse("cron(5 0 1 * ? *)", WIB),
                "{\"scheduledTime\":\"<aws.scheduler.scheduled-time>\"}");
        String event = new String(schedule.event(ZonedDateTime.parse("2024-06-01T00:05:00+07:00[Asia/Jakarta]")));
        assertThat(event).isEqualTo("{\"scheduledTime\":\"2024-05-31T17:05:00Z\"}");
    }

    /** The local stack fires what the template schedules: the monthly run and the daily redaction, each its own. */
    @Test
    void theTemplatesSchedulesFireTheirOwnFunctions() throws Exception {
        List<Schedules.Schedule> schedules = Schedules.fromTemplate(
                CloudFormationTemplate.fromClasspath(Map.of("NikHashSalt", "local-test-salt")));
        assertThat(schedules).extracting(Schedules.Schedule::function)
                .containsExactlyInAnyOrder("MonthlyPremium", "RedactExpiredRefusals");
        Schedules.Schedule redaction = schedules.stream().filter(s -> s.function().equals("RedactExpiredRefusals"))
                .findFirst().orElseThrow();
        assertThat(redaction.cron().zone()).isEqualTo(WIB);
        assertThat(redaction.cron().next(ZonedDateTime.parse("2026-12-08T01:29:00+07:00[Asia/Jakarta]"))
                .toLocalDateTime()).hasToString("2026-12-08T01:30");
        assertThat(redaction.cron().next(ZonedDateTime.parse("2026-12-08T01:30:00+07:00[Asia/Jakarta]"))
                .toLocalDateTime()).hasToString("2026-12-09T01:30");
        String event = new String(redaction.event(ZonedDateTime.parse("2026-12-08T01:30:00+07:00[Asia/Jakarta]")));
        assertThat(JSON.readTree(event)).isEqualTo(JSON.readTree("{\"scheduledTime\":\"2026-12-07T18:30:00Z\"}"));
    }

    @Test
    void malformedCronIsRefused() {
        assertThatThrownBy(() -> CronSchedule.parse("rate(1 day)", WIB)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CronSchedule.parse("cron(61 0 1 * ? *)", WIB))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "INSERT | PENDING | true",
            "MODIFY | PENDING | true",
            "MODIFY | ACTIVE  | false",
            "REMOVE | PENDING | false",
    })
    void theStreamFilterOfTheTemplatePassesOnlyApplicantsBecomingPending(String eventName, String status,
                                                                        boolean passes) throws Exception {
        JsonNode pattern = JSON.readTree(
                "{\"eventName\":[\"INSERT\",\"MODIFY\"],\"dynamodb\":{\"NewImage\":{\"status\":{\"S\":[\"PENDING\"]}}}}");
        JsonNode record = JSON.readTree("{\"eventName\":\"" + eventName + "\",\"dynamodb\":{\"NewImage\":"
                + "{\"status\":{\"S\":\"" + status + "\"},\"nik\":{\"S\":\"x\"}}}}");
        assertThat(EventFilter.matches(pattern, record)).isEqualTo(passes);
    }

    @Test
    void filterContentFormsMatchAsInEventBridge() throws Exception {
        JsonNode record = JSON.readTree("{\"a\":\"incoming/x.csv\",\"b\":\"ACTIVE\"}");
        assertThat(EventFilter.matches(JSON.readTree("{\"a\":[{\"prefix\":\"incoming/\"}]}"), record)).isTrue();
        assertThat(EventFilter.matches(JSON.readTree("{\"b\":[{\"anything-but\":[\"ACTIVE\"]}]}"), record)).isFalse();
        assertThat(EventFilter.matches(JSON.readTree("{\"c\":[{\"exists\":false}]}"), record)).isTrue();
        assertThat(EventFilter.matches(JSON.readTree("{\"c\":[{\"exists\":true}]}"), record)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "incoming/Sapuro Kebulen/daftar pekerja (1).csv | incoming/Sapuro+Kebulen/daftar+pekerja+%281%29.csv",
            "incoming/33.75.02.1004/kauman.csv              | incoming/33.75.02.1004/kauman.csv",
            "incoming/Panjang Wetan/data ñ é.xlsx           | incoming/Panjang+Wetan/data+%C3%B1+%C3%A9.xlsx",
    })
    void notificationKeysAreFormEncodedWithTheirSlashesKept(String key, String encoded) {
        assertThat(S3Notifications.encodeKey(key)).isEqualTo(encoded);
    }

    @Test
    void routeTemplatesMatchAsApiGatewayMatchesThem() {
        HttpRoute claim = new HttpRoute("POST", "/claims/{id}/approve", "Api", true);
        assertThat(claim.match("/claims/KLM-1/approve")).isEqualTo(Map.of("id", "KLM-1"));
        assertThat(claim.match("/claims/KLM-1")).isNull();
        HttpRoute assets = new HttpRoute("GET", "/ui/{proxy+}", "Api", false);
        assertThat(assets.match("/ui/js/app.js")).isEqualTo(Map.of("proxy", "js/app.js"));
        assertThat(assets.match("/ui/")).isNull();
        assertThat(new HttpRoute("GET", "/", "Api", false).match("/")).isEmpty();
    }

    @Test
    void devTokensCarryGroupsAsApiGatewayFlattensThemAndRefuseTampering() {
        DevTokens tokens = new DevTokens(3000);
        String token = tokens.issue("lurah", List.of("kelurahan", "staff"), "33.75.01.1004", 3600);
        Map<String, String> claims = tokens.verify("Bearer " + token);
        assertThat(claims).containsEntry("cognito:groups", "[kelurahan staff]")
                .containsEntry("custom:kelurahan", "33.75.01.1004").containsEntry("cognito:username", "lurah");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThat(tokens.verify("Bearer " + forged)).isNull();
        assertThat(new DevTokens(3000).verify("Bearer " + token)).as("another start's key").isNull();
        assertThat(tokens.verify(tokens.issue("x", List.of("staff"), null, -10))).as("expired").isNull();
        assertThat(tokens.verify(null)).isNull();
    }

    @Test
    void invokeApiAcceptsNamesAliasesAndArns() {
        assertThat(InvokeApiServer.functionName("IngestUpload")).isEqualTo("IngestUpload");
        assertThat(InvokeApiServer.functionName("IngestUpload:live")).isEqualTo("IngestUpload");
        assertThat(InvokeApiServer.functionName("arn:aws:lambda:ap-southeast-3:000000000000:function:Api"))
                .isEqualTo("Api");
        assertThat(InvokeApiServer.jsonProblem("{\"a\":1}".getBytes())).isNull();
        assertThat(InvokeApiServer.jsonProblem("{\"a\":".getBytes())).contains("line 1");
    }

    @Test
    void aFunctionsTimeoutCanBeShortenedFromTheCommandLine() {
        assertThat(Options.parse(List.of("--timeout", "IngestUpload=61")).timeouts())
                .isEqualTo(Map.of("IngestUpload", 61));
        assertThat(Options.parse(List.of()).timeouts()).isEmpty();
        for (String bad : List.of("IngestUpload", "IngestUpload=0", "=61", "IngestUpload=abc", "IngestUpload=901")) {
            assertThatThrownBy(() -> Options.parse(List.of("--timeout", bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FUNCTION=SECONDS");
        }
    }

    @Test
    void templateParametersCanBeOverriddenAsSamDeployTakesThem() throws Exception {
        assertThat(Options.parse(List.of("--parameter-overrides", " ProgrammeQuota=5000  StatusChecksPerMinute=30 "))
                .parameters()).isEqualTo(Map.of("ProgrammeQuota", "5000", "StatusChecksPerMinute", "30"));
        assertThat(Options.parse(List.of()).parameters()).isEmpty();
        for (String bad : List.of("ProgrammeQuota", "=5000", "Programme-Quota=1")) {
            assertThatThrownBy(() -> Options.parse(List.of("--parameter-overrides", bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Name=Value");
        }
        assertThatThrownBy(() -> LocalStack.start(Options.parse(List.of("--in-memory", "--no-sample-data",
                "--parameter-overrides", "ProgramQuota=5000"))))
                .hasMessageContaining("ProgramQuota").hasMessageContaining("ProgrammeQuota");
    }
}
