package id.pekalongan.batikberlian.functions.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The redaction as Lambda runs it: {@code FunctionInvoker} given the bytes its schedule in {@code template.yaml}
 * sends, with the variables the template gives that function, against the applicants table.
 */
class RedactExpiredRefusalsInvocationTest {

    private static final String FUNCTION = "RedactExpiredRefusals";
    private static final String SALT = "garam-uji-jadwal-harian-yang-panjang-sekali";
    private static final ObjectMapper JSON = Json.MAPPER;
    private static final LocalDate TODAY = LocalDate.now(Jakarta.ZONE);
    private static final CloudFormationTemplate TEMPLATE =
            CloudFormationTemplate.fromClasspath(Map.of("NikHashSalt", SALT));

    private LocalAws aws;
    private String table;

    @BeforeEach
    void freshTables() {
        aws = LocalAws.get();
        aws.resetTables();
        table = aws.tables().get("ApplicantsTable");
    }

    @Test
    void theScheduledEventRedactsOnlyRefusalsOlderThanTheRetention() throws Exception {
        String old = refused(LocalDate.of(1950, 1, 1), TODAY.minusDays(120), "AGE_TOO_OLD");
        String recent = refused(LocalDate.of(1951, 2, 2), TODAY.minusDays(10), "AGE_TOO_OLD");
        String edge = refused(LocalDate.of(1952, 3, 3), TODAY.minusDays(90), "OCCUPATION_UNKNOWN");

        JsonNode answer = JSON.readTree(InvokerHarness.invoke(FUNCTION, scheduledEvent(), variables()));

        assertThat(answer.path("redacted").asInt()).isEqualTo(1);
        assertThat(answer.path("day").asText()).isEqualTo(TODAY.toString());
        assertThat(item(old)).as("the old refusal's item").isEmpty();
        assertThat(item(recent)).as("a refusal within the retention").isNotEmpty();
        assertThat(item(edge)).as("a refusal exactly at the retention").isNotEmpty();
        List<Map<String, AttributeValue>> redacted = redactedItems();
        assertThat(redacted).hasSize(1);
        Map<String, AttributeValue> r = redacted.get(0);
        assertThat(r.keySet()).containsExactlyInAnyOrder("nik", "status", "statusNik", "kelurahanCode",
                "reasonCodes", "redactedOn", "expiresAt");
        assertThat(r.get("kelurahanCode").s()).isEqualTo("33.75.01.1004");
        assertThat(r.get("reasonCodes").l()).extracting(AttributeValue::s).containsExactly("AGE_TOO_OLD");
        assertThat(r.toString()).doesNotContain(old, "Nama Pribadi", "1950-01-01", "Jl. Pribadi");

        JsonNode again = JSON.readTree(InvokerHarness.invoke(FUNCTION, scheduledEvent(), variables()));
        assertThat(again.path("redacted").asInt()).as("a second delivery of the schedule").isZero();
        assertThat(redactedItems()).hasSize(1);
    }

    @Test
    void withoutItsSaltTheFunctionRefusesToRedact() throws Exception {
        String old = refused(LocalDate.of(1950, 1, 1), TODAY.minusDays(200), "AGE_TOO_OLD");
        Map<String, String> unsalted = new HashMap<>(variables());
        unsalted.put("NIK_HASH_SALT", "");

        Throwable refused = catchThrowable(() -> InvokerHarness.invoke(FUNCTION, scheduledEvent(), unsalted));

        assertThat(root(refused)).isInstanceOf(IllegalStateException.class).hasMessageContaining("NIK_HASH_SALT");
        assertThat(item(old)).as("nothing redacted with a guessable hash").isNotEmpty();
    }

    /** The schedule's Input from the template, with the Scheduler's placeholder filled in as it fills it. */
    private static String scheduledEvent() {
        JsonNode schedule = TEMPLATE.resource(FUNCTION).path("Properties").path("Events").path("DailyRedaction");
        assertThat(schedule.path("Type").asText()).isEqualTo("ScheduleV2");
        return schedule.path("Properties").path("Input").asText().replace("<aws.scheduler.scheduled-time>",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The function's own variables, resolved from its Environment in the template. */
    private static Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>();
        TEMPLATE.resource(FUNCTION).path("Properties").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> variables.put(v.getKey(), TEMPLATE.resolve(v.getValue())));
        assertThat(variables).containsEntry("NIK_HASH_SALT", SALT).containsEntry("RETENTION_DAYS", "90");
        return variables;
    }

    /** A refused applicant, as the applicants table stores one. */
    private String refused(LocalDate birth, LocalDate decidedOn, String reason) {
        String nik = Niks.male(birth);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("nik", AttributeValue.fromS(nik));
        item.put("name", AttributeValue.fromS("Nama Pribadi"));
        item.put("birthDate", AttributeValue.fromS(birth.toString()));
        item.put("sex", AttributeValue.fromS("MALE"));
        item.put("occupation", AttributeValue.fromS("Tukang becak"));
        item.put("kelurahanCode", AttributeValue.fromS("33.75.01.1004"));
        item.put("address", AttributeValue.fromS("Jl. Pribadi 1"));
        item.put("status", AttributeValue.fromS("INELIGIBLE"));
        item.put("statusNik", AttributeValue.fromS("INELIGIBLE#" + nik));
        item.put("version", AttributeValue.fromN("2"));
        item.put("decision", AttributeValue.fromM(Map.of(
                "ruleSetVersion", AttributeValue.fromS("v1"),
                "evaluatedOn", AttributeValue.fromS(decidedOn.toString()),
                "eligible", AttributeValue.fromBool(false),
                "results", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "ruleId", AttributeValue.fromS("R-" + reason),
                        "outcome", AttributeValue.fromS("FAIL"),
                        "code", AttributeValue.fromS(reason),
                        "value", AttributeValue.fromS(birth.toString()))))))));
        aws.dynamo().putItem(b -> b.tableName(table).item(item));
        return nik;
    }

    private Map<String, AttributeValue> item(String nik) {
        return aws.dynamo().getItem(b -> b.tableName(table).key(Map.of("nik", AttributeValue.fromS(nik)))
                .consistentRead(true)).item();
    }

    private List<Map<String, AttributeValue>> redactedItems() {
        return aws.dynamo().scan(b -> b.tableName(table).consistentRead(true)).items().stream()
                .filter(i -> i.get("nik").s().startsWith("REDACTED#")).toList();
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
