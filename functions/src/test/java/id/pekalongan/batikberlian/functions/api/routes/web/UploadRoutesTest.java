package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadRoutesTest {

    static final String KAUMAN = "33.75.02.1004";
    static final String DONE = "a".repeat(63) + "1";
    static final String WAITING = "b".repeat(63) + "2";
    static final String OTHER = "c".repeat(63) + "3";

    @BeforeAll
    static void seed() {
        record(DONE, "incoming/" + KAUMAN + "/kauman-tahap-2.csv", KAUMAN, "2026-01-05T02:00:00Z", "COMPLETED", 3);
        record(WAITING, "incoming/" + KAUMAN + "/susulan.csv", null, "2026-01-06T02:00:00Z", "RECEIVED", -1);
        record(OTHER, "incoming/33.75.01.1002/medono.csv", "33.75.01.1002", "2026-01-04T02:00:00Z", "COMPLETED", 1);
        LocalAws aws = LocalAws.get();
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key("reports/" + DONE + ".csv"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(
                        "baris,nik,nama,status,kode_alasan,pesan\n"
                                + "2,3375********0008,Wahyudi,DITERIMA,,\n"
                                + "3,3375********0028,Rukayah,DITOLAK,AGE_UNDER_18,\"usia di bawah 18, belum boleh\"\n"));
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key("reports/" + DONE + ".json"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("{\"uploadId\":\"" + DONE
                        + "\",\"countsByReason\":{\"AGE_UNDER_18\":1},\"unknownColumns\":[\"Desil\"],"
                        + "\"message\":\"selesai\"}"));
    }

    static void record(String id, String key, String kel, String at, String status, int accepted) {
        var item = new java.util.HashMap<>(Map.of("uploadId", Attr.s(id), "objectKey", Attr.s(key),
                "bucket", Attr.s(LocalAws.get().bucket()), "receivedAt", Attr.s(at), "status", Attr.s(status)));
        if (kel != null) {
            item.put("kelurahanCode", Attr.s(kel));
        }
        if (accepted >= 0) {
            item.put("rowsIn", Attr.n(2));
            item.put("accepted", Attr.n(accepted == 3 ? 1 : accepted));
            item.put("rejected", Attr.n(1));
        }
        Seeds.dynamo().putItem(b -> b.tableName(Seeds.resources().uploadsTable()).item(item));
    }

    @Test
    void aClerkListsOnlyTheirKelurahanNewestFirst() {
        JsonNode list = HttpEvents.get(As.clerk(KAUMAN), "GET /uploads", "/uploads", Map.of()).json();
        assertThat(list.path("uploads")).extracting(u -> u.path("uploadId").asText()).contains(DONE)
                .doesNotContain(OTHER);
        assertThat(list.path("uploads").get(0).path("fileName").asText()).isNotBlank();
    }

    @Test
    void staffListEveryKelurahan() {
        JsonNode list = HttpEvents.get(As.STAFF, "GET /uploads", "/uploads", Map.of()).json();
        assertThat(list.path("uploads")).extracting(u -> u.path("uploadId").asText())
                .contains(DONE, WAITING, OTHER);
        assertThat(list.path("uploads")).extracting(u -> u.path("receivedAt").asText())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theDetailCarriesTheReportRowsWithTheirReasons() {
        HttpEvents.Answer a = HttpEvents.get(As.clerk(KAUMAN), "GET /uploads/{id}", "/uploads/" + DONE,
                Map.of("id", DONE));
        assertThat(a.status()).isEqualTo(200);
        JsonNode d = a.json();
        assertThat(d.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(d.path("reportReady").asBoolean()).isTrue();
        assertThat(d.path("countsByReason").path("AGE_UNDER_18").asInt()).isEqualTo(1);
        assertThat(d.path("rows")).hasSize(2);
        assertThat(d.path("rows").get(1).path("code").asText()).isEqualTo("AGE_UNDER_18");
        assertThat(d.path("rows").get(1).path("message").asText()).isEqualTo("usia di bawah 18, belum boleh");
        assertThat(d.path("rows").get(1).path("row").asInt()).isEqualTo(3);
    }

    @Test
    void theReportDownloadsAsCsv() {
        HttpEvents.Answer a = HttpEvents.call(As.STAFF, "GET /uploads/{id}", "/uploads/" + DONE,
                Map.of("id", DONE), Map.of("format", "csv"), null, "203.0.113.10");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.headers().get("content-type")).startsWith("text/csv");
        assertThat(a.body()).startsWith("baris,nik,nama");
    }

    @Test
    void aRecordStillBeingReceivedHasNoRowsYetButIsTheClerksFromItsFolder() {
        JsonNode d = HttpEvents.get(As.clerk(KAUMAN), "GET /uploads/{id}", "/uploads/" + WAITING,
                Map.of("id", WAITING)).json();
        assertThat(d.path("kelurahanCode").asText()).isEqualTo(KAUMAN);
        assertThat(d.path("reportReady").asBoolean()).isFalse();
        assertThat(d.path("rows")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "PUBLIC  | DONE    | 401 | UNAUTHENTICATED",
            "FINANCE | DONE    | 403 | FORBIDDEN_ROLE",
            "CLERK   | OTHER   | 403 | FORBIDDEN_KELURAHAN",
            "STAFF   | nope    | 400 | UPLOAD_ID_INVALID",
            "STAFF   | MISSING | 404 | UPLOAD_NOT_FOUND",
    })
    void detailRefusals(String who, String which, int status, String code) {
        String id = switch (which) {
            case "DONE" -> DONE;
            case "OTHER" -> OTHER;
            case "MISSING" -> "d".repeat(64);
            default -> which;
        };
        As as = switch (who) {
            case "PUBLIC" -> As.PUBLIC;
            case "FINANCE" -> As.FINANCE;
            case "CLERK" -> As.clerk(KAUMAN);
            default -> As.STAFF;
        };
        HttpEvents.Answer a = HttpEvents.get(as, "GET /uploads/{id}", "/uploads/" + id, Map.of("id", id));
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.json().path("code").asText()).isEqualTo(code);
    }

    @Test
    void aPresignedUrlAcceptsTheFileUnderTheKelurahanFolder() throws Exception {
        HttpEvents.Answer a = HttpEvents.send(As.clerk(KAUMAN), "POST /uploads", "/uploads",
                "{\"kelurahan\":\"" + KAUMAN + "\",\"fileName\":\"C:\\\\data\\\\data pekerja (revisi).csv\"}");
        assertThat(a.status()).isEqualTo(201);
        String key = a.json().path("key").asText();
        assertThat(key).isEqualTo("incoming/" + KAUMAN + "/data-pekerja-revisi.csv");
        assertThat(a.json().path("url").asText()).contains("X-Amz-Expires=900");
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(a.json().path("url").asText()))
                .PUT(HttpRequest.BodyPublishers.ofString("NIK;Nama\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        LocalAws aws = LocalAws.get();
        assertThat(aws.s3().getObjectAsBytes(b -> b.bucket(aws.bucket()).key(key)).asUtf8String())
                .isEqualTo("NIK;Nama\n");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "CLERK  | {\"kelurahan\":\"33.75.01.1002\",\"fileName\":\"a.csv\"} | 403 | FORBIDDEN_KELURAHAN | kelurahan",
            "STAFF  | {\"kelurahan\":\"33.75.09.9999\",\"fileName\":\"a.csv\"} | 400 | KELURAHAN_UNKNOWN   | kelurahan",
            "STAFF  | {\"fileName\":\"a.csv\"}                                 | 400 | KELURAHAN_REQUIRED  | kelurahan",
            "STAFF  | {\"kelurahan\":\"33.75.02.1004\",\"fileName\":\"a.exe\"} | 400 | FILE_TYPE_UNSUPPORTED | fileName",
            "STAFF  | {\"kelurahan\":\"33.75.02.1004\"}                         | 400 | FILE_NAME_REQUIRED  | fileName",
            "STAFF  | not json                                                  | 400 | INVALID_JSON        | ",
            "PUBLIC | {}                                                        | 401 | UNAUTHENTICATED     | ",
    })
    void uploadUrlRefusals(String who, String body, int status, String code, String field) {
        As as = "CLERK".equals(who) ? As.clerk(KAUMAN) : "PUBLIC".equals(who) ? As.PUBLIC : As.STAFF;
        HttpEvents.Answer a = HttpEvents.send(as, "POST /uploads", "/uploads", body);
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.json().path("code").asText()).isEqualTo(code);
        assertThat(a.json().path("field").asText(null)).isEqualTo(field);
    }
}
