package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.storage.UploadStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One upload: its record and, once ingestion has finished, the report's rows (accepted or refused, with the reason).
 * {@code ?format=csv} answers the report CSV itself, for the form's download button; the NIKs in it are already
 * masked by ingestion.
 */
@Component
public class UploadDetailRoute implements Route {

    private static final CsvMapper CSV = new CsvMapper();

    private final UploadStore uploads;
    private final S3Client s3;
    private final String bucket;

    public UploadDetailRoute(UploadStore uploads, S3Client s3, Resources resources) {
        this.uploads = uploads;
        this.s3 = s3;
        this.bucket = resources.uploadBucket();
    }

    @Override
    public String routeKey() {
        return "GET /uploads/{id}";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF, Caller.KELURAHAN);
        String id = request.pathParameter("id");
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new ApiError(400, "UPLOAD_ID_INVALID", "id", "nomor unggahan harus 64 karakter heksadesimal");
        }
        var item = uploads.findItem(id).orElseThrow(() -> new ApiError(404, "UPLOAD_NOT_FOUND", "id",
                "unggahan tidak ditemukan (mungkin masih diterima; coba lagi sebentar)"));
        caller.requireKelurahan(UploadSummaries.kelurahanCode(item));

        Optional<String> csv = read("reports/" + id + ".csv");
        if ("csv".equals(request.query().get("format"))) {
            String text = csv.orElseThrow(() -> new ApiError(404, "REPORT_NOT_READY", "id",
                    "laporan belum tersedia; berkas masih diproses"));
            return ApiResponse.of(200, "text/csv; charset=utf-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .withHeader("content-disposition", "attachment; filename=\"laporan-" + id.substring(0, 12) + ".csv\"");
        }
        ObjectNode out = UploadSummaries.summary(item);
        out.put("reportReady", csv.isPresent());
        read("reports/" + id + ".json").ifPresent(json -> {
            try {
                JsonNode report = Json.MAPPER.readTree(json);
                for (String f : new String[] {"countsByReason", "unknownColumns", "message", "startedAt",
                        "finishedAt"}) {
                    if (report.has(f)) {
                        out.set(f, report.get(f));
                    }
                }
            } catch (IOException e) {
                out.put("message", "ringkasan laporan tidak terbaca");
            }
        });
        ArrayNode rows = out.putArray("rows");
        csv.ifPresent(text -> rows(text, rows));
        return JsonBodies.ok(out);
    }

    private static void rows(String text, ArrayNode into) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                ObjectNode row = into.addObject();
                String line = r.get("baris");
                row.put("row", line == null || !line.matches("\\d+") ? null : Integer.valueOf(line));
                row.put("nik", r.get("nik"));
                row.put("name", r.get("nama"));
                row.put("status", r.get("status"));
                row.put("code", r.get("kode_alasan"));
                row.put("message", r.get("pesan"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> read(String key) {
        try {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return Optional.of(bytes.asUtf8String());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
