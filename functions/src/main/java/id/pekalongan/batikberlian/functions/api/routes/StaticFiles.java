package id.pekalongan.batikberlian.functions.api.routes;

import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The web form's files, packaged in the jar under {@code web/}. */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "application/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "csv", "text/csv; charset=utf-8");

    private StaticFiles() {
    }

    static ApiResponse serve(String relative) {
        if (relative == null || relative.isBlank() || relative.contains("..") || relative.startsWith("/")) {
            throw new ApiError(404, "FILE_NOT_FOUND", null, "berkas tidak ditemukan");
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("web/" + relative)) {
            if (in == null) {
                throw new ApiError(404, "FILE_NOT_FOUND", null, "berkas tidak ditemukan: " + relative);
            }
            String ext = relative.substring(relative.lastIndexOf('.') + 1);
            return ApiResponse.of(200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes())
                    .withHeader("cache-control", "public, max-age=300");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
