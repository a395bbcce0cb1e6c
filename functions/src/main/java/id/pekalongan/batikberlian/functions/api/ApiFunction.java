package id.pekalongan.batikberlian.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The HTTP API behind the web form: API Gateway payload 2.0 in, a response out; routes are beans. Lambda reaches
 * it through {@code LambdaFunctions}, which reads the whole event itself.
 */
@Component
public class ApiFunction {

    private static final Logger log = LoggerFactory.getLogger(ApiFunction.class);
    private final Map<String, Route> routes = new HashMap<>();

    public ApiFunction(List<Route> routes) {
        routes.forEach(r -> this.routes.put(r.routeKey(), r));
    }

    public APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPEvent event) {
        ApiRequest request;
        try {
            request = ApiRequests.from(event);
        } catch (ApiError e) {
            // A body the client marked base64 but that is not: its mistake, answered as one, never a 502.
            return toGateway(error(e));
        }
        Route route = routes.get(request.routeKey());
        ApiResponse response;
        if (route == null) {
            response = error(new ApiError(404, "ROUTE_NOT_FOUND", null,
                    "alamat tidak dikenal: " + request.method() + " " + request.path()));
        } else {
            try {
                response = route.handle(request);
            } catch (ApiError e) {
                response = error(e);
            } catch (RuntimeException e) {
                log.atError().addKeyValue("event", "api_error").addKeyValue("route", request.routeKey())
                        .addKeyValue("requestId", request.requestId())
                        .addKeyValue("error", e.getClass().getSimpleName()).log("route failed");
                response = error(new ApiError(500, "INTERNAL_ERROR", null,
                        "terjadi kesalahan di server; coba lagi (" + request.requestId() + ")"));
            }
        }
        return toGateway(response);
    }

    /**
     * The answer to an invocation whose bytes are not one API Gateway event (an array of events, say): refused
     * whole, nothing in it run.
     */
    public APIGatewayV2HTTPResponse refusedEvent(String code) {
        log.atWarn().addKeyValue("event", "api_event_refused").addKeyValue("code", code).log("event refused");
        return toGateway(error(new ApiError(400, code, null,
                "permintaan tidak dapat dibaca sebagai satu permintaan HTTP")));
    }

    static ApiResponse error(ApiError e) {
        return ApiResponse.json(e.status(), e.body());
    }

    private static APIGatewayV2HTTPResponse toGateway(ApiResponse response) {
        Map<String, String> headers = new LinkedHashMap<>(response.headers());
        headers.put("content-type", response.contentType());
        headers.putIfAbsent("cache-control", "no-store");
        headers.put("x-content-type-options", "nosniff");
        APIGatewayV2HTTPResponse out = new APIGatewayV2HTTPResponse();
        out.setStatusCode(response.status());
        out.setHeaders(headers);
        if (response.isText()) {
            out.setBody(new String(response.body(), StandardCharsets.UTF_8));
            out.setIsBase64Encoded(false);
        } else {
            out.setBody(Base64.getEncoder().encodeToString(response.body()));
            out.setIsBase64Encoded(true);
        }
        return out;
    }
}
