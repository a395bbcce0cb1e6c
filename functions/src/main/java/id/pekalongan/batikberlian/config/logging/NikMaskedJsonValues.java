package id.pekalongan.batikberlian.config.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import id.pekalongan.batikberlian.domain.nik.NikInText;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.WritableJson;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.util.ObjectUtils;

/**
 * Masks any NIK in every value a log line writes — the message, each key-value pair, the MDC, the stack trace with
 * its exception messages — at the one place all of them pass, so no call site can forget to (UU PDP 27/2022).
 * Named in {@code logging.structured.json.customizer}.
 */
public class NikMaskedJsonValues implements StructuredLoggingJsonMembersCustomizer<ILoggingEvent> {

    @Override
    public void customize(JsonWriter.Members<ILoggingEvent> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(NikMaskedJsonValues::masked));
    }

    static Object masked(Object value) {
        // Containers are left whole: the writer hands each of their elements to this processor in turn.
        if (value == null || value instanceof Boolean || value instanceof Map || value instanceof Iterable
                || value instanceof WritableJson || ObjectUtils.isArray(value)) {
            return value;
        }
        // Anything else is written as its text (a number too, and a 16-digit number is a NIK's digits).
        String text = value.toString();
        String masked = NikInText.maskAll(text);
        return masked == text ? value : masked;
    }
}
