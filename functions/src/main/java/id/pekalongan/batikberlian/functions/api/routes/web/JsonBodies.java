package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.json.Json;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies for the form's routes: bounded in size before anything parses them, and a JSON object or a 400
 * the form can show. 64 KiB is far above any form the city fills in, and small enough that a Lambda never chews on
 * a dump pasted by mistake.
 */
public final class JsonBodies {

    public static final int MAX_BYTES = 64 * 1024;
    private JsonBodies() {
    }

    /** The body as a JSON object; 413 BODY_TOO_LARGE, 400 EMPTY_BODY or 400 INVALID_JSON otherwise. */
    public static ObjectNode object(ApiRequest request) {
        String body = request.body();
        if (body != null && body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiError(413, "BODY_TOO_LARGE", null,
                    "isi permintaan terlalu besar (paling banyak " + MAX_BYTES / 1024 + " KiB)");
        }
        if (body == null || body.isBlank()) {
            throw new ApiError(400, "EMPTY_BODY", null, "isi permintaan kosong; kirim data dalam format JSON");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "INVALID_JSON", null, "isi permintaan bukan JSON yang sah");
        }
        if (node == null || !node.isObject()) {
            throw new ApiError(400, "INVALID_JSON", null, "isi permintaan harus berupa objek JSON");
        }
        return (ObjectNode) node;
    }

    /**
     * A text field, trimmed; null when absent, null or blank. A number, true/false, list or object where text is
     * expected is refused (422 FIELD_NOT_TEXT) rather than turned into text: a NIK sent as a JSON number has already
     * lost its leading zeros or its last digits on the way.
     */
    public static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiError(422, "FIELD_NOT_TEXT", field, "kolom " + field + " harus berupa teks (dalam tanda kutip)");
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static ApiResponse ok(JsonNode body) {
        return ApiResponse.json(200, body.toString());
    }

    static ObjectNode newObject() {
        return Json.MAPPER.createObjectNode();
    }
}
