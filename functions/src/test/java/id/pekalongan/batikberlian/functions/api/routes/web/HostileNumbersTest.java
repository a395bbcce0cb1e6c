package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers a client can send that a long cannot hold, or that the regulation could never price, and NIKs sent as JSON
 * numbers: each is refused with 422 and the field's name — never stored wrapped, never a 500.
 */
class HostileNumbersTest {

    private static final String SIMULATE = "{\"type\":\"%s\",\"simulate\":true,\"incidentDate\":\"2026-03-01\","
            + "\"contributionMonths\":36,%s}";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // 2^64 + 5 and 10^20 once wrapped to 5 and 7766279631452241920
            "PUT /config | {\"quotas\":[{\"year\":2031,\"quota\":18446744073709551621}]} | quotas[0].quota",
            "PUT /config | {\"quotas\":[{\"year\":2031,\"quota\":100000000000000000000}]} | quotas[0].quota",
            "PUT /config | {\"quotas\":[{\"year\":2031,\"quota\":9223372036854775807}]}  | quotas[0].quota",
            "PUT /config | {\"quotas\":[{\"year\":2031.5,\"quota\":10}]}                  | quotas[0].year",
            "PUT /config | {\"quotas\":[{\"year\":4294969327,\"quota\":10}]}              | quotas[0].year",
            "PUT /config | {\"budgetLines\":[{\"source\":\"APBD\",\"year\":2031,\"amount\":18446744073709551621,"
                    + "\"reference\":\"DPA 1\"}]}                                          | budgetLines[0].amount",
    })
    void configNumbersThatDoNotFitAreRefused(String route, String body, String field) {
        HttpEvents.Answer a = HttpEvents.send(As.STAFF, route, "/config", body);
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().path("field").asText()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "JKK_TEMPORARY_INCAPACITY | \"declaredIncome\":9223372036854775807,\"daysOff\":1000 | declaredIncome",
            "JKK_TEMPORARY_INCAPACITY | \"declaredIncome\":1000000,\"daysOff\":2147483647       | daysOff",
            "JKK_TEMPORARY_INCAPACITY | \"daysOff\":100000000000000                             | daysOff",
            "JKK_TEMPORARY_INCAPACITY | \"declaredIncome\":100000000000000000000,\"daysOff\":3  | declaredIncome",
            "JKK_MEDICAL              | \"medicalCost\":9223372036854775807                     | medicalCost",
            "JKK_MEDICAL              | \"homeCare\":{\"days\":2147483647,\"cost\":1}            | homeCare.days",
            "JKM_DEATH                | \"continuousContributionMonths\":2147483647            | continuousContributionMonths",
    })
    void claimNumbersBeyondWhatCanBePricedAreRefused(String type, String fields, String field) {
        String body = SIMULATE.formatted(type, fields);
        HttpEvents.Answer a = HttpEvents.send(As.PUBLIC, "POST /claims/simulate", "/claims/simulate", body);
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.body()).contains("OUT_OF_RANGE").contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "POST /status       | /status       | {\"nik\":3375011708750001,\"birthDate\":\"1975-08-17\"} | 422",
            "POST /applicants   | /applicants   | {\"nik\":3375011708750001,\"name\":\"Slamet\"}            | 422",
            "POST /payments     | /payments     | {\"nik\":3375011708750001,\"paidOn\":\"2026-01-05\"}    | 422",
    })
    void aNikSentAsANumberIsRefused(String route, String path, String body, int status) {
        HttpEvents.Answer a = HttpEvents.send(new As("[staff finance]", null), route, path, body);
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().path("code").asText()).isEqualTo("FIELD_NOT_TEXT");
        assertThat(a.json().path("field").asText()).isEqualTo("nik");
    }

    @org.junit.jupiter.api.Test
    void aClaimWithANikAsANumberNamesTheField() {
        String body = "{\"nik\":3375011708750001,\"type\":\"JKM_DEATH\",\"incidentDate\":\"2026-03-01\"}";
        HttpEvents.Answer a = HttpEvents.send(As.STAFF, "POST /claims", "/claims", body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().path("code").asText()).isEqualTo("INVALID_VALUE");
        assertThat(a.json().path("field").asText()).isEqualTo("nik");
        assertThat(a.body()).doesNotContain("3375011708750001");
    }
}
