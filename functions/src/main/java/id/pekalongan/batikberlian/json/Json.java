package id.pekalongan.batikberlian.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The application's one JSON configuration. Dates are ISO text ({@code "2027-01-01"}), never epoch numbers, and
 * stored documents written by an older version still read when they carry a field this one does not know. The two
 * stricter readers are this mapper with a stated difference, not mappers of their own.
 */
public final class Json {

    /** Responses, stored documents and the events AWS sends. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * An invocation's bytes: exactly one value and no key twice, so that nothing can ride in a second object or
     * override a field the first one set.
     */
    public static final ObjectMapper EVENTS = MAPPER.copy()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Requests typed by people (claims): an unknown field is refused, not ignored — a misspelt {@code "chilren"}
     * would otherwise silently cost a family its scholarship — and nothing is converted silently: a NIK written as
     * a JSON number has already lost what a number loses, and 2.5 days is not 2 days.
     */
    public static final ObjectMapper REQUESTS = strict(MAPPER.copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }
}
