package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.Answer;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** POST /applicants: the form's registration, with the checks a file row gets. */
class RegisterApplicantRouteTest {

    private static String body(String nik, String birthDate, String sex, String kelurahan) {
        return """
                {"nik":"%s","name":"Sugeng Widodo","birthDate":"%s","sex":"%s","occupation":"Tukang becak",
                 "kelurahan":"%s","rt":"003","rw":"002","address":"Jl. Pelita 3","phone":"0812-0000-1111",
                 "desil":"1","disability":false,"breadwinner":true}""".formatted(nik, birthDate, sex, kelurahan);
    }

    @Test
    void aValidRegistrationIsStoredPendingWithTheNikMasked() {
        String nik = Niks.male(LocalDate.of(1976, 4, 12));
        Answer a = HttpEvents.send(As.STAFF, "POST /applicants", "/applicants",
                body(nik, "1976-04-12", "L", "Kauman"));
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().path("status").asText()).isEqualTo("PENDING");
        assertThat(a.json().path("nik").asText()).isEqualTo(nik.substring(0, 4) + "********" + nik.substring(12));
        assertThat(a.body()).doesNotContain(nik);
        var stored = FunctionsApp.bean(ApplicantStore.class).find(nik).orElseThrow();
        assertThat(stored.status()).isEqualTo(ParticipantStatus.PENDING);
        assertThat(stored.kelurahanCode()).isEqualTo("33.75.02.1004");
        assertThat(stored.priority().extremePoverty()).isTrue();
        assertThat(stored.priority().breadwinner()).isTrue();

        Answer again = HttpEvents.send(As.STAFF, "POST /applicants", "/applicants",
                body(nik, "1976-04-12", "L", "Kauman"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("NIK_ALREADY_REGISTERED");
    }

    @Test
    void everyProblemIsNamedWithItsFormField() {
        Answer a = HttpEvents.send(As.STAFF, "POST /applicants", "/applicants",
                body("3.37501E+15", "31/02/1990", "X", "Kedungwuni"));
        assertThat(a.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        a.json().path("problems").forEach(p -> fields.add(p.path("field").asText() + ":" + p.path("code").asText()));
        assertThat(fields).contains("nik:NIK_DAMAGED", "birthDate:DATE_INVALID", "sex:SEX_INVALID",
                "kelurahan:KELURAHAN_OUTSIDE_CITY");
        Answer missing = HttpEvents.send(As.STAFF, "POST /applicants", "/applicants", "{\"name\":\"Tanpa NIK\"}");
        assertThat(missing.status()).isEqualTo(422);
        List<String> missingFields = new ArrayList<>();
        missing.json().path("problems").forEach(p -> missingFields.add(p.path("field").asText()));
        assertThat(missingFields).contains("nik", "birthDate", "sex", "occupation", "kelurahan");
    }

    @Test
    void aClerkRegistersOnlyInTheirOwnKelurahanAndStrangersNotAtAll() {
        String nik = Niks.male(LocalDate.of(1979, 9, 9));
        assertThat(HttpEvents.send(As.PUBLIC, "POST /applicants", "/applicants",
                body(nik, "1979-09-09", "L", "Kauman")).status()).isEqualTo(401);
        assertThat(HttpEvents.send(As.FINANCE, "POST /applicants", "/applicants",
                body(nik, "1979-09-09", "L", "Kauman")).status()).isEqualTo(403);
        assertThat(HttpEvents.send(As.clerk("33.75.01.1004"), "POST /applicants", "/applicants",
                body(nik, "1979-09-09", "L", "Kauman")).status()).isEqualTo(403);
        assertThat(HttpEvents.send(As.clerk("33.75.02.1004"), "POST /applicants", "/applicants",
                body(nik, "1979-09-09", "L", "Kauman")).status()).isEqualTo(201);
        assertThat(HttpEvents.send(As.STAFF, "POST /applicants", "/applicants", "{\"nik\":").status())
                .isEqualTo(400);
    }
}
