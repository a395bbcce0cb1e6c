package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.time.Jakarta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.RuleOutcome;
import id.pekalongan.batikberlian.domain.participant.StoredDecision;
import id.pekalongan.batikberlian.functions.eligibility.EligibilityService;
import id.pekalongan.batikberlian.functions.retention.RedactExpiredRefusalsFunction;
import id.pekalongan.batikberlian.functions.retention.RetentionRun;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Old refusals keep only a salted NIK hash, their kelurahan and reason codes; everything else stays as it was. */
class RetentionTest {

    private static final String SALT = "garam-uji-tetap";
    private static final LocalDate TODAY = LocalDate.now(Jakarta.ZONE);

    private ConfigurableApplicationContext context;
    private String table;

    @BeforeEach
    void setUp() {
        LocalAws.get().resetTables();
        context = FunctionsApp.context(Map.of("NIK_HASH_SALT", SALT, "RETENTION_DAYS", "90"));
        table = context.getBean(Resources.class).applicantsTable();
    }

    private String programme() {
        return context.getBean(Resources.class).programmeTable();
    }

    private Applicant stored(ParticipantStatus status, LocalDate decidedOn, String... failCodes) {
        String nik = Niks.male(LocalDate.of(1980, 3, 4));
        List<RuleOutcome> results = new java.util.ArrayList<>();
        results.add(new RuleOutcome("R1", "PASS", null, null, null, null, null));
        for (String code : failCodes) {
            results.add(new RuleOutcome("R-" + code, "FAIL", code, "field", "nilai pribadi", "x", "pesan"));
        }
        Applicant a = new Applicant(new Person(nik, "Nama Pribadi", LocalDate.of(1980, 3, 4), Sex.MALE),
                new Residence("33.75.01.1004", "33.75.01", "001", "002", "Jl. Pribadi 1", "08123"),
                new Work("Tukang becak", null, 1_000_000L),
                PriorityFlags.NONE,
                status,
                new Arrival("u-ret", 2, Instant.parse("2025-01-01T00:00:00Z"), "k"),
                Membership.NONE,
                decidedOn == null ? null : new StoredDecision("v1", decidedOn, failCodes.length == 0, results),
                1);
        assertThat(context.getBean(ApplicantStore.class).insertNew(List.of(a))).isEmpty();
        return a;
    }

    private Map<String, AttributeValue> item(String nik) {
        return LocalAws.get().dynamo().getItem(b -> b.tableName(table).key(Map.of("nik", Attr.s(nik)))
                .consistentRead(true)).item();
    }

    @ParameterizedTest
    @CsvSource({"91, true", "90, false", "89, false", "400, true"})
    void aRefusalIsRedactedOnlyOnceOlderThanTheRetention(int daysAgo, boolean redacted) {
        Applicant a = stored(ParticipantStatus.INELIGIBLE, TODAY.minusDays(daysAgo), "AGE_TOO_OLD");
        Retention retention = new Retention(LocalAws.get().dynamo(), table, programme(), SALT, 90);
        assertThat(retention.redactExpired(TODAY)).isEqualTo(redacted ? 1 : 0);
        assertThat(item(a.nik()).isEmpty()).isEqualTo(redacted);
        assertThat(item(Retention.REDACTED_PREFIX + retention.hmac(a.nik())).isEmpty()).isEqualTo(!redacted);
    }

    @Test
    void theRedactionFunctionKeepsOnlyTheHashKelurahanAndReasons() {
        Applicant old = stored(ParticipantStatus.INELIGIBLE, TODAY.minusDays(120), "AGE_TOO_OLD", "OCCUPATION_UNKNOWN");
        Applicant recent = stored(ParticipantStatus.INELIGIBLE, TODAY.minusDays(10), "AGE_TOO_OLD");
        Applicant active = stored(ParticipantStatus.ACTIVE, TODAY.minusDays(300));
        RedactExpiredRefusalsFunction function = context.getBean(RedactExpiredRefusalsFunction.class);

        assertThat(function.apply(new RetentionRun(null)).redacted()).isEqualTo(1);

        assertThat(item(old.nik())).isEmpty();
        assertThat(item(recent.nik())).isNotEmpty();
        assertThat(item(active.nik())).isNotEmpty();
        String hashed = Retention.REDACTED_PREFIX
                + new Retention(LocalAws.get().dynamo(), table, programme(), SALT, 90).hmac(old.nik());
        Map<String, AttributeValue> r = item(hashed);
        assertThat(r.keySet()).containsExactlyInAnyOrder("nik", "status", "statusNik", "kelurahanCode",
                "reasonCodes", "redactedOn", "expiresAt");
        assertThat(Attr.string(r, "status")).isEqualTo("INELIGIBLE");
        assertThat(Attr.string(r, "statusNik")).isEqualTo("INELIGIBLE#" + hashed);
        assertThat(Attr.string(r, "kelurahanCode")).isEqualTo("33.75.01.1004");
        assertThat(r.get("reasonCodes").l()).extracting(AttributeValue::s)
                .containsExactly("AGE_TOO_OLD", "OCCUPATION_UNKNOWN");
        assertThat(Attr.string(r, "redactedOn")).isEqualTo(TODAY.toString());
        assertThat(Attr.number(r, "expiresAt", 0)).isEqualTo(
                TODAY.plusDays(90).atStartOfDay(Jakarta.ZONE).toEpochSecond());
        assertThat(r.toString()).doesNotContain(old.nik(), "Nama Pribadi", "nilai pribadi", "1980-03-04");

        assertThat(function.apply(new RetentionRun(null)).redacted()).isEqualTo(0);
        assertThat(context.getBean(EligibilityService.class).reevaluate(null)).as("only the recent refusal")
                .isEqualTo(1);
        assertThat(Attr.string(item(hashed), "status")).isEqualTo("INELIGIBLE");
    }

    @Test
    void withoutASaltNothingIsRedacted() {
        stored(ParticipantStatus.INELIGIBLE, TODAY.minusDays(200), "AGE_TOO_OLD");
        Retention unsalted = new Retention(LocalAws.get().dynamo(), table, programme(), null, 90);
        assertThatThrownBy(() -> unsalted.redactExpired(TODAY)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NIK_HASH_SALT");
    }
}
