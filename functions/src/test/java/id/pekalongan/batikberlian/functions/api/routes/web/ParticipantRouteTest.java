package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParticipantRouteTest {

    static final String NIK = "3375021407640811";
    static final String KEL = "33.75.02.1001";
    static final String ROUTE = "GET /participants/{nik}";

    @BeforeAll
    static void seed() {
        Seeds.store(Seeds.applicant(NIK, LocalDate.of(1964, 7, 14), KEL, ParticipantStatus.ACTIVE));
        Seeds.billLine("2024-04", NIK, 16_800);
        Seeds.billLine("2024-05", NIK, 16_800);
        Seeds.claim("CLM-PARTICIPANT-1", NIK, "JKM_DEATH", "2024-09-01", 42_000_000, 0);
    }

    static JsonNode get(As as, String nik) {
        return HttpEvents.get(as, ROUTE, "/participants/" + nik, Map.of("nik", nik)).json();
    }

    @Test
    void staffSeeStatusCoverageDecisionBillsAndClaimsWithTheNikMasked() {
        HttpEvents.Answer a = HttpEvents.get(As.STAFF, ROUTE, "/participants/" + NIK, Map.of("nik", NIK));
        assertThat(a.status()).isEqualTo(200);
        JsonNode p = a.json();
        assertThat(p.path("nik").asText()).isEqualTo("3375********0811");
        assertThat(a.body()).doesNotContain(NIK);
        assertThat(p.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(p.path("coverage").path("coverageStart").asText()).isEqualTo("2024-04-01");
        assertThat(p.path("coverage").path("approvedOn").asText()).isEqualTo("2024-03-01");
        JsonNode decision = p.path("decisions").get(0);
        assertThat(decision.path("ruleSetVersion").asText()).isEqualTo("2024.1");
        assertThat(decision.path("results")).hasSize(2);
        assertThat(decision.path("results").get(1).path("field").asText()).isEqualTo("birthDate");
        assertThat(p.path("bills")).extracting(b -> b.path("period").asText()).containsExactly("2024-04", "2024-05");
        assertThat(p.path("bills").get(0).path("total").asLong()).isEqualTo(16_800);
        assertThat(p.path("claims").get(0).path("totalCash").asLong()).isEqualTo(42_000_000);
    }

    static Stream<Arguments> access() {
        return Stream.of(
                Arguments.of("no token", As.PUBLIC, NIK, 401, "UNAUTHENTICATED"),
                Arguments.of("finance only", As.FINANCE, NIK, 403, "FORBIDDEN_ROLE"),
                Arguments.of("clerk of another kelurahan", As.clerk("33.75.01.1002"), NIK, 404, "PARTICIPANT_NOT_FOUND"),
                Arguments.of("clerk, unknown NIK", As.clerk("33.75.01.1002"), "3375021407649998", 404,
                        "PARTICIPANT_NOT_FOUND"),
                Arguments.of("clerk of the participant's kelurahan", As.clerk(KEL), NIK, 200, null),
                Arguments.of("unknown NIK", As.STAFF, "3375021407649998", 404, "PARTICIPANT_NOT_FOUND"),
                Arguments.of("malformed NIK", As.STAFF, "33750214", 400, "NIK_INVALID_FORMAT"));
    }

    /**
     * A clerk must not learn whether a NIK is in the programme by asking for another kelurahan's resident: the
     * answer is the one an unregistered NIK gets, word for word once the NIK's own mask is set aside.
     */
    @org.junit.jupiter.api.Test
    void anotherKelurahansResidentLooksExactlyLikeAnUnregisteredNik() {
        String unknown = "3375021407649998";
        As clerk = As.clerk("33.75.01.1002");
        HttpEvents.Answer registered = HttpEvents.get(clerk, ROUTE, "/participants/" + NIK, Map.of("nik", NIK));
        HttpEvents.Answer absent = HttpEvents.get(clerk, ROUTE, "/participants/" + unknown, Map.of("nik", unknown));
        assertThat(registered.status()).isEqualTo(absent.status()).isEqualTo(404);
        assertThat(registered.body().replace(id.pekalongan.batikberlian.domain.nik.NikMask.mask(NIK), "NIK"))
                .isEqualTo(absent.body().replace(id.pekalongan.batikberlian.domain.nik.NikMask.mask(unknown), "NIK"));
        assertThat(registered.headers()).isEqualTo(absent.headers());
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("access")
    void whoMayLook(String why, As as, String nik, int status, String code) {
        HttpEvents.Answer a = HttpEvents.get(as, ROUTE, "/participants/" + nik, Map.of("nik", nik));
        assertThat(a.status()).isEqualTo(status);
        if (code != null) {
            assertThat(a.json().path("code").asText()).isEqualTo(code);
            assertThat(a.body()).doesNotContain(nik.length() == 16 ? nik : "never");
        }
    }
}
