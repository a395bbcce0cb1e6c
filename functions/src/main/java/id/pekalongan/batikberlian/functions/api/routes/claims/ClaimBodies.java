package id.pekalongan.batikberlian.functions.api.routes.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.claims.ClaimAnswers;
import id.pekalongan.batikberlian.functions.claims.ClaimProblem;
import id.pekalongan.batikberlian.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** What the claim routes share: reading a JSON body within its limit, and answering a refusal. */
final class ClaimBodies {

    /** A claim with a few children and heirs is a few kilobytes; 64 KiB leaves room without inviting abuse. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private ClaimBodies() {
    }

    static JsonNode read(ApiRequest request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            throw new ApiError(400, "INVALID_JSON", null, "isi permintaan kosong; kirim klaim sebagai JSON");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            throw new ApiError(413, "BODY_TOO_LARGE", null,
                    "isi permintaan lebih dari " + MAX_BODY_BYTES / 1024 + " KiB");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (baris " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")";
            throw new ApiError(400, "INVALID_JSON", null, "JSON tidak valid" + where + ": "
                    + e.getOriginalMessage().replaceAll("\\s+", " ").trim());
        }
    }

    /** Runs a claim action; a refusal becomes its status with every reason, in the API's error shape. */
    static ApiResponse answer(int status, Supplier<ObjectNode> action) {
        try {
            return ApiResponse.json(status, action.get().toString());
        } catch (ClaimProblem problem) {
            return ApiResponse.json(problem.status(), ClaimAnswers.problemBody(problem).toString());
        }
    }
}
