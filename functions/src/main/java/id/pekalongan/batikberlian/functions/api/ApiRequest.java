package id.pekalongan.batikberlian.functions.api;

import java.util.Map;

/**
 * One HTTP request as the domain-facing handlers see it: the body already decoded from base64, headers lower-cased,
 * and the caller's JWT claims (empty on public routes).
 */
public record ApiRequest(String routeKey, String method, String path, Map<String, String> pathParameters,
                         Map<String, String> query, Map<String, String> headers, String body,
                         Map<String, String> claims, String requestId, String sourceIp) {

    public String pathParameter(String name) {
        return pathParameters.get(name);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
