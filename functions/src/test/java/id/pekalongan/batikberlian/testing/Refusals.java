package id.pekalongan.batikberlian.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.functions.lambda.RefusedEvent;
import id.pekalongan.batikberlian.json.Json;
import java.util.function.Function;

/** A function door's refusal of an event, for the doors' shape tables. */
public final class Refusals {

    private Refusals() {
    }

    /** Decodes {@code event} through {@code door}, which must refuse it with {@code code}; the refusal, to read on. */
    public static RefusedEvent refusedAs(Function<JsonNode, ?> door, String event, String code) {
        RefusedEvent refused = catchThrowableOfType(() -> door.apply(Json.MAPPER.readTree(event)),
                RefusedEvent.class);
        assertThat(refused).as("%s refused", event).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        return refused;
    }
}
