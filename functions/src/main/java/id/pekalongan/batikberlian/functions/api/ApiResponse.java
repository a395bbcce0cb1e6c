package id.pekalongan.batikberlian.functions.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.pekalongan.batikberlian.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers; binary bodies are base64-encoded on the way out, as API Gateway expects. */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static ApiResponse json(int status, String json) {
        return new ApiResponse(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    /** A body record (or any value) written by the application's one mapper. */
    public static ApiResponse json(int status, Object body) {
        try {
            return new ApiResponse(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(body),
                    Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response body not serialisable: " + body.getClass().getName(), e);
        }
    }

    public static ApiResponse of(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body, Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new ApiResponse(status, contentType, body, h);
    }

    public boolean isText() {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("application/javascript");
    }
}
