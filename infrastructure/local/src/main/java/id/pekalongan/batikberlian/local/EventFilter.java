package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Lambda's event-filtering patterns for event source mappings (the EventBridge pattern language): a record passes
 * when every field of the pattern matches. Supported: value lists, {@code prefix}, {@code exists},
 * {@code anything-but} — the forms this project's template uses, and the common ones besides.
 */
final class EventFilter {

    private EventFilter() {
    }

    static boolean matches(JsonNode pattern, JsonNode event) {
        Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode value = event == null ? null : event.get(f.getKey());
            JsonNode expected = f.getValue();
            if (expected.isObject()) {
                if (value == null || !value.isObject() || !matches(expected, value)) {
                    return false;
                }
            } else if (expected.isArray()) {
                if (!anyMatches(expected, value)) {
                    return false;
                }
            } else {
                throw new IllegalArgumentException("a filter pattern's leaves must be arrays: " + f.getKey());
            }
        }
        return true;
    }

    private static boolean anyMatches(JsonNode alternatives, JsonNode value) {
        for (JsonNode alt : alternatives) {
            if (alt.isObject()) {
                if (alt.has("exists")) {
                    if (alt.get("exists").asBoolean() == (value != null && !value.isNull())) {
                        return true;
                    }
                } else if (alt.has("prefix")) {
                    if (value != null && value.isTextual() && value.asText().startsWith(alt.get("prefix").asText())) {
                        return true;
                    }
                } else if (alt.has("anything-but")) {
                    JsonNode but = alt.get("anything-but");
                    boolean excluded = but.isArray() ? contains(but, value) : but.equals(value);
                    if (value != null && !excluded) {
                        return true;
                    }
                }
            } else if (value != null && (alt.equals(value) || alt.isNull() && value.isNull())) {
                return true;
            } else if (value == null && alt.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode v : array) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }
}
