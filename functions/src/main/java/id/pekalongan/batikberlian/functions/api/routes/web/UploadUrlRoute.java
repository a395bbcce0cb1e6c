package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * A presigned PUT for one kelurahan file: the browser sends the bytes straight to S3 (no 6 MB Lambda payload limit),
 * and the put's notification starts ingestion. The key's folder names the kelurahan, which is how ingestion knows it.
 */
@Component
public class UploadUrlRoute implements Route {

    static final Duration VALID_FOR = Duration.ofMinutes(15);

    private final S3Presigner presigner;
    private final String bucket;
    private final KelurahanDirectory directory = KelurahanDirectory.loadDefault();

    public UploadUrlRoute(S3Presigner presigner, Resources resources) {
        this.presigner = presigner;
        this.bucket = resources.uploadBucket();
    }

    @Override
    public String routeKey() {
        return "POST /uploads";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF, Caller.KELURAHAN);
        ObjectNode body = JsonBodies.object(request);
        String kelurahan = JsonBodies.text(body, "kelurahan");
        if (kelurahan == null) {
            throw new ApiError(400, "KELURAHAN_REQUIRED", "kelurahan", "pilih kelurahan");
        }
        if (directory.kelurahanByCode(kelurahan).isEmpty()) {
            throw new ApiError(400, "KELURAHAN_UNKNOWN", "kelurahan",
                    "kode kelurahan tidak dikenal di Kota Pekalongan");
        }
        caller.requireKelurahan(kelurahan);
        String fileName = FileNames.sanitise(JsonBodies.text(body, "fileName"));
        String key = UploadSummaries.INCOMING + kelurahan + "/" + fileName;

        PresignedPutObjectRequest signed = presigner.presignPutObject(p -> p.signatureDuration(VALID_FOR)
                .putObjectRequest(o -> o.bucket(bucket).key(key)));
        ObjectNode out = JsonBodies.newObject();
        out.put("url", signed.url().toString());
        out.put("method", "PUT");
        out.put("bucket", bucket);
        out.put("key", key);
        out.put("fileName", fileName);
        out.put("expiresAt", signed.expiration() == null
                ? Instant.now().plus(VALID_FOR).toString() : signed.expiration().toString());
        return ApiResponse.json(201, out.toString());
    }
}
