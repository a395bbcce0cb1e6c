package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** The OpenAPI 3 description of every route, kept beside the code; a test holds it equal to template.yaml. */
@Component
public class OpenApiRoute implements Route {

    static final String RESOURCE = "openapi/openapi.json";

    @Override
    public String routeKey() {
        return "GET /openapi.json";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        try (InputStream in = OpenApiRoute.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ApiError(500, "OPENAPI_MISSING", null, "dokumen OpenAPI tidak ada di paket");
            }
            return ApiResponse.of(200, "application/json; charset=utf-8", in.readAllBytes())
                    .withHeader("cache-control", "public, max-age=300");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
