package id.pekalongan.batikberlian.functions.claims;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;

/**
 * A claim's JSON → {@link ClaimRequest}. Unknown fields are refused rather than ignored: a misspelt
 * {@code "chilren"} would otherwise silently cost a family its scholarship.
 */
public final class ClaimRequestReader {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ClaimRequestReader() {
    }

    public static ClaimRequest read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw ClaimProblem.of(400, "INVALID_REQUEST", null,
                    "Isi permintaan harus berupa objek JSON klaim, misalnya {\"type\":\"JKM_DEATH\", ...}.");
        }
        try {
            return JSON.treeToValue(json, ClaimRequest.class);
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw ClaimProblem.of(400, "UNKNOWN_FIELD", field, "Kolom tidak dikenal: " + field + ".");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw ClaimProblem.of(400, "INVALID_VALUE", field, "Nilai kolom " + field
                    + " tidak dapat dibaca (tanggal yyyy-MM-dd, angka bulat, true/false, atau teks).");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ClaimProblem.of(400, "INVALID_REQUEST", null, "Isi permintaan tidak dapat dibaca.");
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
