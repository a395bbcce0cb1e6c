package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Configuration changes and the dashboard summary, on tables reset for this class (the summary counts all rows). */
class ConfigAndReportRoutesTest {

    static final String KAUMAN = "33.75.02.1004";
    static final String MEDONO = "33.75.01.1002";

    @BeforeAll
    static void seed() {
        LocalAws.get().resetTables();
        Seeds.store(Seeds.applicant("3375021407640901", LocalDate.of(1964, 7, 14), KAUMAN, ParticipantStatus.ACTIVE));
        Seeds.store(Seeds.applicant("3375021407640902", LocalDate.of(1964, 7, 14), KAUMAN, ParticipantStatus.ACTIVE));
        Seeds.store(Seeds.applicant("3375021407640903", LocalDate.of(1964, 7, 14), MEDONO, ParticipantStatus.PENDING));
        Seeds.invoice("2031-01", 2, 33_600);
        Seeds.invoice("2031-02", 2, 33_600);
        Seeds.invoice("2030-12", 1, 16_800);
        Seeds.claimFiled("CLM-R-1", "3375021407640901", "JKM_DEATH", "2031-02-10", 42_000_000, 9_000_000);
        Seeds.claimFiled("CLM-R-2", "3375021407640902", "JKK_TEMPORARY_INCAPACITY", "2031-02-11", 1_500_000, 0);
        Seeds.claimFiled("CLM-R-3", "3375021407640903", "JKM_DEATH", "2031-02-12", 42_000_000, 0);
    }

    static HttpEvents.Answer put(As as, String body) {
        return HttpEvents.send(as, "PUT /config", "/config", body);
    }

    static JsonNode summary(int year) {
        HttpEvents.Answer a = HttpEvents.call(As.FINANCE, "GET /reports/summary", "/reports/summary", Map.of(),
                Map.of("year", "" + year), null, "203.0.113.10");
        assertThat(a.status()).isEqualTo(200);
        return a.json();
    }

    @Test
    void staffChangeQuotaBudgetAndOccupationsAndEachChangeIsAudited() {
        HttpEvents.Answer a = put(As.STAFF, """
                {"quotas":[{"year":2031,"quota":2500}],
                 "budgetLines":[{"year":2031,"source":"APBD","amount":100000,"reference":"DPA 2031/1"},
                                {"year":2031,"source":"APBD_P","amount":50000,"reference":"DPPA 2031/7"}],
                 "occupations":[{"code":"JURU_PARKIR","name":"Juru parkir","aliases":["jukir"],
                                 "validFrom":"2031-01-01","basis":"Perwal 1/2031"}]}""");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("quota").asLong()).isEqualTo(2500);
        JsonNode read = HttpEvents.call(As.FINANCE, "GET /config", "/config", Map.of(), Map.of("year", "2031"), null,
                "203.0.113.10").json();
        assertThat(read.path("quota").asLong()).isEqualTo(2500);
        assertThat(read.path("budgetLines")).extracting(l -> l.path("source").asText() + "=" + l.path("amount"))
                .contains("APBD=100000", "APBD_P=50000");
        assertThat(read.path("occupations")).extracting(o -> o.path("code").asText()).contains("JURU_PARKIR", "BECAK");
        long audits = Seeds.dynamo().query(b -> b.tableName(Seeds.resources().programmeTable())
                .keyConditionExpression("pk = :a")
                .expressionAttributeValues(Map.of(":a", Attr.s(ProgrammeConfigStore.AUDIT)))).count();
        assertThat(audits).isGreaterThanOrEqualTo(4);

        JsonNode s = summary(2031);
        JsonNode budget = s.path("budget");
        assertThat(budget.path("total").asLong()).isEqualTo(150_000);
        assertThat(budget.path("used").asLong()).isEqualTo(67_200);
        assertThat(budget.path("usedFrom").asText()).isEqualTo("INVOICES");
        assertThat(budget.path("remaining").asLong()).isEqualTo(82_800);
        assertThat(budget.path("burnDown")).hasSize(12);
        assertThat(budget.path("burnDown").get(1).path("remaining").asLong()).isEqualTo(82_800);
        // 82,800 at 33,600 a month: March and April funded, May short.
        assertThat(budget.path("runway").path("from").asText()).isEqualTo("2031-03");
        assertThat(budget.path("runway").path("fullyFundedMonths").asLong()).isEqualTo(2);
        assertThat(budget.path("runway").path("runsOutIn").asText()).isEqualTo("2031-05");
        assertThat(budget.path("runway").path("leftForRunsOutIn").asLong()).isEqualTo(15_600);
    }

    @Test
    void aYearWithoutBudgetLinesShowsTheTemplatesAnnualBudgetAsBillingCharges() {
        JsonNode budget = summary(2035).path("budget");
        assertThat(budget.path("total").asLong()).isEqualTo(403_200_000L);
    }

    @Test
    void theLedgerWinsOverInvoicesOnceItExists() {
        Seeds.dynamo().putItem(b -> b.tableName(Seeds.resources().programmeTable()).item(Map.of(
                "pk", Attr.s("LEDGER#2032"), "sk", Attr.s("2032-01#DEBIT"), "amount", Attr.n(70_000))));
        JsonNode budget = summary(2032).path("budget");
        assertThat(budget.path("usedFrom").asText()).isEqualTo("LEDGER");
        assertThat(budget.path("used").asLong()).isEqualTo(70_000);
    }

    @Test
    void participantsPremiumsClaimsAndCoverageAgainstBothEndsOfTheWorkforceEstimate() {
        JsonNode s = summary(2031);
        JsonNode p = s.path("participants");
        assertThat(p.path("total").asLong()).isEqualTo(3);
        assertThat(p.path("byStatus").path("ACTIVE").asLong()).isEqualTo(2);
        assertThat(p.path("byKelurahan")).extracting(k -> k.path("name").asText() + ":" + k.path("total"))
                .containsExactly("Medono:1", "Kauman:2");
        assertThat(p.path("byOccupation").get(0).path("name").asText()).isEqualTo("Kuli panggul");
        JsonNode c = s.path("coverage");
        assertThat(c.path("percentOfLow").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(c.path("percentOfHigh").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(c.path("statement").asText()).contains("40.000", "50.000");
        assertThat(s.path("premiums").path("toDate").asLong()).isEqualTo(84_000);
        assertThat(s.path("premiums").path("byMonth")).extracting(m -> m.path("period").asText())
                .containsExactly("2030-12", "2031-01", "2031-02");
        JsonNode death = s.path("claims").path("byType").get(0);
        assertThat(death.path("type").asText()).isEqualTo("JKK_TEMPORARY_INCAPACITY");
        assertThat(s.path("claims").path("byType").get(1).path("count").asLong()).isEqualTo(2);
        assertThat(s.path("claims").path("byType").get(1).path("totalCash").asLong()).isEqualTo(84_000_000);
        assertThat(s.path("claims").path("byType").get(1).path("scholarshipTotal").asLong()).isEqualTo(9_000_000);
    }

    @Test
    void premiumsPaidAreShownApartFromPremiumsBilledAndARepeatedPaymentCountsOnce() {
        long before = summary(2031).path("premiums").path("paidToDate").asLong();
        String body = """
                {"nik":"3375021407640901","paidOn":"2026-11-03","amount":16800,"periods":["2026-10"],
                 "paymentId":"BANK-DASH-1"}""";
        assertThat(HttpEvents.call(As.FINANCE, "POST /payments", "/payments", Map.of(), Map.of(), body,
                "203.0.113.10").status()).isEqualTo(201);
        assertThat(HttpEvents.call(As.FINANCE, "POST /payments", "/payments", Map.of(), Map.of(), body,
                "203.0.113.10").status()).as("the same payment again").isEqualTo(200);
        JsonNode premiums = summary(2031).path("premiums");
        assertThat(premiums.path("paidToDate").asLong()).isEqualTo(before + 16_800);
        assertThat(premiums.path("toDate").asLong()).isEqualTo(84_000);
    }

    @ParameterizedTest(name = "{0}: {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "STAFF   | {\"quotas\":[{\"year\":1999,\"quota\":5}]}                          | 422 | CONFIG_INVALID | quotas[0].year",
            "STAFF   | {\"quotas\":[{\"year\":2031,\"quota\":-1}]}                         | 422 | CONFIG_INVALID | quotas[0].quota",
            "STAFF   | {\"budgetLines\":[{\"year\":2031,\"source\":\"DAK\",\"amount\":1,\"reference\":\"x\"}]} | 422 | CONFIG_INVALID | budgetLines[0].source",
            "STAFF   | {\"budgetLines\":[{\"year\":2031,\"source\":\"CSR\",\"amount\":1}]}  | 422 | CONFIG_INVALID | budgetLines[0].reference",
            "STAFF   | {\"occupations\":[{\"code\":\"x y\",\"name\":\"a\",\"validFrom\":\"2031-01-01\"}]} | 422 | CONFIG_INVALID | occupations[0].code",
            "STAFF   | {}                                                                   | 422 | CONFIG_EMPTY   | ",
            "STAFF   | {\"quotas\":                                                         | 400 | INVALID_JSON   | ",
            "FINANCE | {\"quotas\":[{\"year\":2031,\"quota\":1}]}                          | 403 | FORBIDDEN_ROLE | ",
            "CLERK   | {\"quotas\":[{\"year\":2031,\"quota\":1}]}                          | 403 | FORBIDDEN_ROLE | ",
            "PUBLIC  | {\"quotas\":[{\"year\":2031,\"quota\":1}]}                          | 401 | UNAUTHENTICATED | ",
    })
    void refusedChangesWriteNothing(String who, String body, int status, String code, String field) {
        As as = switch (who) {
            case "FINANCE" -> As.FINANCE;
            case "CLERK" -> As.clerk(KAUMAN);
            case "PUBLIC" -> As.PUBLIC;
            default -> As.STAFF;
        };
        HttpEvents.Answer a = put(as, body);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.json().path("code").asText()).isEqualTo(code);
        assertThat(a.json().path("field").asText(null)).isEqualTo(field);
    }

    @Test
    void aRefusedLineLeavesTheValidOnesBeforeItUnwritten() {
        put(As.STAFF, """
                {"quotas":[{"year":2033,"quota":777}],
                 "budgetLines":[{"year":2033,"source":"NOPE","amount":1,"reference":"x"}]}""");
        JsonNode read = HttpEvents.call(As.STAFF, "GET /config", "/config", Map.of(), Map.of("year", "2033"), null,
                "203.0.113.10").json();
        assertThat(read.path("quota").asLong()).isNotEqualTo(777);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "GET /reports/summary, PUBLIC, 401",
            "GET /reports/summary, CLERK, 403",
            "GET /config, CLERK, 403",
            "GET /config, PUBLIC, 401",
    })
    void readAccess(String route, String who, int status) {
        As as = "CLERK".equals(who) ? As.clerk(KAUMAN) : As.PUBLIC;
        String path = route.substring(route.indexOf(' ') + 1);
        assertThat(HttpEvents.get(as, route, path, Map.of()).status()).isEqualTo(status);
    }
}
