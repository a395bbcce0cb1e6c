package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class StatusCheckRouteTest {

    static final String NIK = "3375021407640822";
    static final String ROUTE = "POST /status";

    @BeforeAll
    static void seed() {
        Seeds.store(Seeds.applicant(NIK, LocalDate.of(1964, 7, 14), "33.75.02.1001", ParticipantStatus.ACTIVE));
    }

    static HttpEvents.Answer check(String body, String ip) {
        return HttpEvents.call(As.PUBLIC, ROUTE, "/status", Map.of(), Map.of(), body, ip);
    }

    @Test
    void theRightBirthDateShowsOnlyStatusAndCoverage() {
        HttpEvents.Answer a = check("{\"nik\":\"" + NIK + "\",\"birthDate\":\"1964-07-14\"}", "198.51.100.1");
        assertThat(a.status()).isEqualTo(200);
        JsonNode b = a.json();
        assertThat(b.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(b.path("coverageStart").asText()).isEqualTo("2024-04-01");
        assertThat(b.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("status", "statusLabel", "coverageStart", "coverageEnd");
        assertThat(a.body()).doesNotContain("Wahyudi", NIK, "3375********");
    }

    @Test
    void aWrongBirthDateAnswersExactlyLikeAnUnknownNik() {
        HttpEvents.Answer wrongDate = check("{\"nik\":\"" + NIK + "\",\"birthDate\":\"1964-07-15\"}", "198.51.100.2");
        HttpEvents.Answer unknown = check("{\"nik\":\"3375021407649997\",\"birthDate\":\"1964-07-14\"}",
                "198.51.100.2");
        assertThat(wrongDate.status()).isEqualTo(404);
        assertThat(wrongDate.body()).isEqualTo(unknown.body());
        assertThat(wrongDate.status()).isEqualTo(unknown.status());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"nik\":\"12345\",\"birthDate\":\"1964-07-14\"}      | 400 | NIK_INVALID_FORMAT  | nik",
            "{\"birthDate\":\"1964-07-14\"}                         | 400 | NIK_REQUIRED        | nik",
            "{\"nik\":\"3375021407640822\",\"birthDate\":\"14-07-1964\"} | 400 | BIRTH_DATE_INVALID | birthDate",
            "{\"nik\":\"3375021407640822\"}                         | 400 | BIRTH_DATE_REQUIRED | birthDate",
            "{\"nik\":                                              | 400 | INVALID_JSON        | ",
            "[1,2]                                                  | 400 | INVALID_JSON        | ",
    })
    void badRequestsNameTheField(String body, int status, String code, String field) {
        HttpEvents.Answer a = check(body, "198.51.100.3");
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.json().path("code").asText()).isEqualTo(code);
        assertThat(a.json().path("field").asText(null)).isEqualTo(field);
    }

    @Test
    void aBodyOver64KiBIsRefusedBeforeParsing() {
        String big = "{\"nik\":\"" + "1".repeat(JsonBodies.MAX_BYTES) + "\"}";
        HttpEvents.Answer a = check(big, "198.51.100.4");
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().path("code").asText()).isEqualTo("BODY_TOO_LARGE");
    }

    @Test
    void theEleventhCheckWithinAMinuteFromOneAddressIsRateLimited() {
        String body = "{\"nik\":\"3375021407649996\",\"birthDate\":\"1964-07-14\"}";
        for (int i = 0; i < StatusCheckRoute.DEFAULT_PER_MINUTE; i++) {
            assertThat(check(body, "198.51.100.50").status()).isEqualTo(404);
        }
        HttpEvents.Answer limited = check(body, "198.51.100.50");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(limited.headers()).containsKey("retry-after");
        assertThat(check(body, "198.51.100.51").status()).as("another address is not held back").isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL, 10", "'', 10", "25, 25", "' 3 ', 3", "1, 1"})
    void theLimitComesFromTheEnvironmentWithTenAsDefault(String setting, int expected) {
        assertThat(StatusCheckRoute.perMinute(environment(setting))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "ten", "2.5"})
    void aLimitThatIsNotAPositiveWholeNumberIsRefusedWithTheValue(String setting) {
        assertThatThrownBy(() -> StatusCheckRoute.perMinute(environment(setting)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STATUS_CHECKS_PER_MINUTE").hasMessageContaining("'" + setting + "'");
    }

    private static StandardEnvironment environment(String setting) {
        StandardEnvironment env = new StandardEnvironment();
        Map<String, Object> values = new java.util.HashMap<>();
        if (setting != null) {
            values.put("STATUS_CHECKS_PER_MINUTE", setting);
        }
        env.getPropertySources().addFirst(new MapPropertySource("test", values));
        return env;
    }
}
