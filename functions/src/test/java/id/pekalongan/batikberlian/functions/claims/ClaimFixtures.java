package id.pekalongan.batikberlian.functions.claims;

import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Participants and bill lines written as the rest of the system writes them: applicants through
 * {@link ApplicantStore#insertNew}, bill lines in the billing run's layout (period, LINE#nik, nik, total, status).
 * For the ComputeClaimBenefit tests beside it, also the claims they file and the call as Lambda makes it (JSON text
 * in through the function catalog, JSON out).
 */
public final class ClaimFixtures {

    /** The premium of one month (JKK 0.24% + JKM Rp6.800 on Rp1.000.000), as a bill line would carry it. */
    static final long MONTHLY_TOTAL = 16_800;

    private static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate INCIDENT = LocalDate.of(2025, 3, 10);
    static final LocalDate COVERAGE_START = LocalDate.of(2022, 4, 1);
    /** SD kelas 1 (TK_SD year 3): TK_SD 6 × 1,5 jt + SMP 3 × 2 jt + SMA 3 × 3 jt + PT 5 × 12 jt = 84 jt. */
    static final long SD1_SCHOLARSHIP = 6 * 1_500_000L + 3 * 2_000_000L + 3 * 3_000_000L + 5 * 12_000_000L;
    /** SMA kelas 1: SMA 3 × 3 jt + PT 5 × 12 jt = 69 jt. */
    static final long SMA1_SCHOLARSHIP = 3 * 3_000_000L + 5 * 12_000_000L;
    static final String SD_AND_SMA = """
            [{"birthDate": "2018-07-01", "level": "TK_SD", "grade": 3, "married": false, "working": false},
             {"birthDate": "2009-05-01", "level": "SMA", "grade": 1}]""";

    private ClaimFixtures() {
    }

    /** Kecamatan Pekalongan Barat, a woman born 15 May 1990, a random sequence (a clash is drawn again). */
    public static String newNik() {
        return "337501550590" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    /** An ACTIVE participant covered from {@code coverageStart}, or in {@code status}. */
    public static Applicant participant(ParticipantStatus status, LocalDate coverageStart) {
        String nik = newNik();
        Applicant a = new Applicant(new Person(nik, "Peserta Uji", LocalDate.of(1990, 5, 15), Sex.FEMALE),
                new Residence("33.75.01.1004", "33.75.01", "001", "002", "Jl. Uji", null),
                new Work("Buruh batik", null, 1_000_000L),
                PriorityFlags.NONE,
                status,
                new Arrival("FORM", 0, Instant.parse("2022-03-01T00:00:00Z"), null),
                new Membership(coverageStart, coverageStart, coverageStart == null ? null : coverageStart.getYear(), null, null, null),
                null,
                1);
        List<String> taken = List.copyOf(FunctionsApp.bean(ApplicantStore.class).insertNew(List.of(a)));
        if (!taken.isEmpty()) {
            return participant(status, coverageStart);
        }
        return a;
    }

    /** Bill lines for every month from {@code from} to {@code to}, as the monthly run writes them. */
    public static void billed(String nik, YearMonth from, YearMonth to) {
        String table = LocalAws.get().tables().get("BillingTable");
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            String period = m.toString();
            LocalAws.get().dynamo().putItem(b -> b.tableName(table).item(Map.of(
                    "period", Attr.s(period),
                    "sk", Attr.s("LINE#" + nik),
                    "nik", Attr.s(nik),
                    "total", Attr.n(MONTHLY_TOTAL),
                    "status", Attr.s("BILLED"))));
        }
    }

    /** A period's summary item of the same table, which must not count as a month of contributions. */
    public static void periodTotal(String nik, YearMonth period) {
        String table = LocalAws.get().tables().get("BillingTable");
        LocalAws.get().dynamo().putItem(b -> b.tableName(table).item(Map.of(
                "period", Attr.s(period.toString()),
                "sk", Attr.s("TOTAL#" + nik),
                "nik", Attr.s(nik),
                "total", Attr.n(MONTHLY_TOTAL))));
    }

    static Applicant coveredWithMonths(int months) {
        Applicant p = ClaimFixtures.participant(ParticipantStatus.ACTIVE, COVERAGE_START);
        YearMonth last = YearMonth.from(INCIDENT);
        ClaimFixtures.billed(p.nik(), last.minusMonths(months - 1L), last);
        return p;
    }

    static JsonNode invoke(String json) {
        FunctionInvocationWrapper function = FunctionsApp.context().getBean(FunctionCatalog.class)
                .lookup("ComputeClaimBenefit", "application/json");
        Object out = function.apply(MessageBuilder.withPayload(
                        new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                .setHeader("contentType", "application/json").build());
        try {
            Object payload = out instanceof Message<?> m ? m.getPayload() : out;
            return payload instanceof byte[] bytes ? JSON.readTree(bytes)
                    : payload instanceof JsonNode node ? node : JSON.readTree(payload.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String deathClaim(String nik, String children) {
        return """
                {"nik": "%s", "type": "JKM_DEATH", "incidentDate": "%s", "children": %s,
                 "heirs": [{"name": "Siti", "relation": "SPOUSE"}]}""".formatted(nik, INCIDENT, children);
    }

    static int claimCount() {
        return LocalAws.get().dynamo().scan(b -> b.tableName(LocalAws.get().tables().get("ClaimsTable"))
                .select("COUNT")).count();
    }

    static List<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("code").asText()).toList();
    }

    static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
