package id.pekalongan.batikberlian.functions.claims;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.json.Json;

/**
 * A claim's JSON → {@link ClaimRequest}. Unknown fields are refused rather than ignored: a misspelt
 * {@code "chilren"} would otherwise silently cost a family its scholarship.
 */
public final class ClaimRequestReader {


    private ClaimRequestReader() {
    }

    public static ClaimRequest read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw ClaimProblem.of(400, "INVALID_REQUEST", null,
                    "Isi permintaan harus berupa objek JSON klaim, misalnya {\"type\":\"JKM_DEATH\", ...}.");
        }
        try {
            return Json.REQUESTS.treeToValue(json, ClaimRequest.class);
        } catch (InputCoercionException e) {
            // A whole number too large for its field (days beyond an int, rupiah beyond a long): never wrapped.
            String field = currentName(e.getProcessor());
            throw ClaimProblem.of(422, "OUT_OF_RANGE", field, "Nilai " + (field == null ? "angka" : field)
                    + " terlalu besar untuk dihitung.");
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw ClaimProblem.of(400, "UNKNOWN_FIELD", field, "Kolom tidak dikenal: " + field + ".");
        } catch (JsonMappingException e) {
            String field = path(e);
            if (at(json, e).isIntegralNumber() && outOfRange(e)) {
                // A whole number its field cannot hold (beyond an int or a long): too large, not unreadable.
                throw ClaimProblem.of(422, "OUT_OF_RANGE", field, "Nilai " + field + " terlalu besar untuk dihitung.");
            }
            throw ClaimProblem.of(400, "INVALID_VALUE", field, "Nilai kolom " + field
                    + " tidak dapat dibaca (tanggal yyyy-MM-dd, angka bulat, true/false, atau teks).");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ClaimProblem.of(400, "INVALID_REQUEST", null, "Isi permintaan tidak dapat dibaca.");
        }
    }

    private static boolean outOfRange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputCoercionException
                    || (t.getMessage() != null && t.getMessage().contains("out of range"))) {
                return true;
            }
        }
        return false;
    }

    /** The node the failed reference points at, or a missing node. */
    private static JsonNode at(JsonNode json, JsonMappingException e) {
        JsonNode node = json;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
        }
        return node;
    }

    private static String currentName(JsonParser parser) {
        try {
            return parser == null ? null : parser.currentName();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Jackson's path as the calculator names fields: {@code children[0].birthDate}. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
