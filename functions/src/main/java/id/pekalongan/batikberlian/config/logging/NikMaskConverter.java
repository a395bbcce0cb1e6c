package id.pekalongan.batikberlian.config.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import id.pekalongan.batikberlian.domain.nik.NikInText;

/**
 * {@code %nikMask(...)} in a Logback pattern: whatever the wrapped conversions print (message, key-value pairs,
 * exception) comes out with any NIK masked. The human-readable consoles (the local stack's, the tests') use it;
 * Lambda's JSON lines are masked by {@link NikMaskedJsonValues}.
 */
public class NikMaskConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return NikInText.maskAll(in);
    }
}
