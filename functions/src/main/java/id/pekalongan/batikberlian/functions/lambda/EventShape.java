package id.pekalongan.batikberlian.functions.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** How the function doors tell one event shape from another: by the keys at the top, exactly. */
public final class EventShape {

    private EventShape() {
    }

    /**
     * Whether the event's only top-level key is {@code key}. Exactness, not mere presence, is what keeps two shapes
     * from both matching one event and the first test in the code deciding which of them runs.
     */
    public static boolean hasOnly(JsonNode event, String key) {
        return event != null && event.isObject() && event.size() == 1 && event.has(key);
    }

    /** Whether every key of the object is one of {@code allowed}; a misspelt key is then refused, not ignored. */
    public static boolean keysWithin(JsonNode object, Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (!allowed.contains(names.next())) {
                return false;
            }
        }
        return true;
    }
}
