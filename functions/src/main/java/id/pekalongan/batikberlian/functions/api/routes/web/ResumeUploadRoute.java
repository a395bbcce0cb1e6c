package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.ingest.Continuation;
import id.pekalongan.batikberlian.functions.ingest.SelfInvoker;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code POST /uploads/{id}/resume}: city staff restart an upload that stalled mid-file (its invocations' retries
 * used up, or the process lost), from its last checkpoint, in a fresh asynchronous IngestUpload invocation. Only an
 * upload that has made no progress for longer than any invocation can live is stalled; a running one is left alone,
 * and of two clicks at once one resumes it.
 */
@Component
public class ResumeUploadRoute implements Route {

    /** Lambda's longest invocation, and a minute more: an upload quiet this long has nobody working on it. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(16);

    private final UploadStore uploads;
    private final SelfInvoker lambda;
    private final String ingestFunction;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public ResumeUploadRoute(UploadStore uploads, SelfInvoker lambda,
                             @Value("${INGEST_FUNCTION_NAME:IngestUpload}") String ingestFunction) {
        this(uploads, lambda, ingestFunction, Clock.systemUTC());
    }

    ResumeUploadRoute(UploadStore uploads, SelfInvoker lambda, String ingestFunction, Clock clock) {
        this.uploads = uploads;
        this.lambda = lambda;
        this.ingestFunction = ingestFunction;
        this.clock = clock;
    }

    @Override
    public String routeKey() {
        return "POST /uploads/{id}/resume";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller.of(request).require(Caller.STAFF);
        String id = request.pathParameter("id");
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new ApiError(400, "UPLOAD_ID_INVALID", "id", "nomor unggahan harus 64 karakter heksadesimal");
        }
        var item = uploads.findItem(id).orElseThrow(() -> new ApiError(404, "UPLOAD_NOT_FOUND", "id",
                "unggahan tidak ditemukan"));
        String status = UploadSummaries.text(item, "status");
        if (!UploadRecord.PROCESSING.equals(status)) {
            throw new ApiError(409, "UPLOAD_NOT_STALLED", "id", "unggahan sudah selesai diproses (status "
                    + status + "); tidak ada yang perlu dilanjutkan");
        }
        String progress = UploadSummaries.text(item, "progressAt") != null ? UploadSummaries.text(item, "progressAt")
                : UploadSummaries.text(item, "receivedAt");
        Instant last = Instant.parse(progress);
        Instant now = clock.instant();
        if (last.plus(STALLED_AFTER).isAfter(now)) {
            String after = DateTimeFormatter.ofPattern("HH.mm").format(last.plus(STALLED_AFTER).atZone(Jakarta.ZONE));
            throw new ApiError(409, "UPLOAD_STILL_RUNNING", "id", "unggahan masih diproses; bila sampai pukul "
                    + after + " WIB tidak ada kemajuan, unggahan dapat dilanjutkan");
        }
        if (!uploads.markResumed(id, progress, now)) {
            throw new ApiError(409, "UPLOAD_RESUMED_ALREADY", "id", "unggahan baru saja dilanjutkan oleh petugas lain");
        }
        int hop = (int) UploadSummaries.number(item, "hop");
        long rows = UploadSummaries.number(item, "rowsCheckpointed");
        String bucket = UploadSummaries.text(item, "bucket");
        String key = UploadSummaries.text(item, "objectKey");
        // The first pass is S3's own event again (it resumes from the checkpoint); a later one its continuation.
        String event = hop == 0 ? objectCreated(bucket, key, now) : new Continuation(bucket, key, id, hop).toEvent();
        try {
            lambda.invokeAsync(ingestFunction, event);
        } catch (RuntimeException e) {
            // Put the mark back, so that the next click may try again at once.
            uploads.markResumed(id, now.toString(), last);
            throw new ApiError(503, "INGEST_UNAVAILABLE", null,
                    "pemrosesan unggahan sedang tidak dapat dimulai; coba lagi beberapa saat lagi");
        }
        return ApiResponse.json(202, JsonBodies.newObject().put("uploadId", id).put("status", "RESUMING")
                .put("fromRow", rows).put("message", "unggahan dilanjutkan dari baris " + (rows + 1)
                        + "; laporan diperbarui setelah selesai").toString());
    }

    /** The notification S3 sends for an object put, with its key form-encoded as S3 encodes it. */
    static String objectCreated(String bucket, String key, Instant at) {
        ObjectNode record = JsonBodies.newObject();
        record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("eventTime", at.toString())
                .put("eventName", "ObjectCreated:Put");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket);
        s3.putObject("object").put("key", URLEncoder.encode(key, StandardCharsets.UTF_8)).put("size", 0);
        ObjectNode event = JsonBodies.newObject();
        event.putArray("Records").add(record);
        return event.toString();
    }
}
