package id.pekalongan.batikberlian.functions.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One JSON object, but not an event the function takes: of no shape it accepts ({@code EVENT_UNKNOWN_SHAPE}), or of
 * one of them with a part missing or of the wrong type ({@code EVENT_MALFORMED}). The message lists the shapes the
 * function accepts, so that whoever sent it — a schedule left over from an older template, a hand-typed invoke —
 * learns what to send instead.
 */
public final class RefusedEvent extends IllegalArgumentException {

    /** Keys shown back are plain words only: a key is caller-supplied text and could be someone's NIK. */
    private static final Pattern SHOWN_KEY = Pattern.compile("[A-Za-z_]{1,40}");
    private static final int SHOWN_KEYS = 5;

    private final String code;

    private RefusedEvent(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public static RefusedEvent unknownShape(String function, List<String> accepted, JsonNode event) {
        return new RefusedEvent("EVENT_UNKNOWN_SHAPE", function + " accepts " + listed(accepted) + "; got "
                + describe(event));
    }

    public static RefusedEvent malformed(String function, List<String> accepted, String problem) {
        return new RefusedEvent("EVENT_MALFORMED", function + ": " + problem + "; it accepts " + listed(accepted));
    }

    public String code() {
        return code;
    }

    private static String listed(List<String> accepted) {
        if (accepted.size() == 1) {
            return "only " + accepted.get(0);
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            numbered.add("(" + (i + 1) + ") " + accepted.get(i));
        }
        return "one of: " + String.join("; ", numbered);
    }

    /** What was sent, by its top-level keys, without repeating any value. */
    static String describe(JsonNode event) {
        if (event == null || event.isMissingNode() || event.isNull()) {
            return "no event";
        }
        if (!event.isObject()) {
            return "a JSON " + event.getNodeType().name().toLowerCase();
        }
        if (event.isEmpty()) {
            return "an empty object";
        }
        List<String> shown = new ArrayList<>();
        int hidden = 0;
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (shown.size() < SHOWN_KEYS && SHOWN_KEY.matcher(name).matches()) {
                shown.add(name);
            } else {
                hidden++;
            }
        }
        return "an object with keys " + shown + (hidden == 0 ? "" : " and " + hidden + " more");
    }
}
