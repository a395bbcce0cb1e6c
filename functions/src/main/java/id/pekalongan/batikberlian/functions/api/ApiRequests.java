package id.pekalongan.batikberlian.functions.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Turns API Gateway's payload 2.0 event into an {@link ApiRequest}. */
final class ApiRequests {

    private ApiRequests() {
    }

    static ApiRequest from(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("an API Gateway HTTP event is required");
        }
        var ctx = event.getRequestContext();
        String method = ctx != null && ctx.getHttp() != null ? ctx.getHttp().getMethod() : "GET";
        String path = event.getRawPath() != null ? event.getRawPath() : "/";
        String routeKey = event.getRouteKey() != null && !"$default".equals(event.getRouteKey())
                ? event.getRouteKey() : method + " " + path;
        Map<String, String> headers = new LinkedHashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        }
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ApiError(400, "INVALID_BASE64", null,
                        "isi permintaan ditandai base64 tetapi bukan base64 yang sah");
            }
        }
        Map<String, String> claims = new LinkedHashMap<>();
        if (ctx != null && ctx.getAuthorizer() != null && ctx.getAuthorizer().getJwt() != null
                && ctx.getAuthorizer().getJwt().getClaims() != null) {
            claims.putAll(ctx.getAuthorizer().getJwt().getClaims());
        }
        return new ApiRequest(routeKey, method, path,
                event.getPathParameters() == null ? Map.of() : event.getPathParameters(),
                event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters(),
                headers, body, claims,
                ctx == null ? "-" : ctx.getRequestId(),
                ctx == null || ctx.getHttp() == null ? null : ctx.getHttp().getSourceIp());
    }
}
