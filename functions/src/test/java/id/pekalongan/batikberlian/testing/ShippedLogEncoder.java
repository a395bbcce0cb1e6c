package id.pekalongan.batikberlian.testing;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The encoder Lambda's log lines go through, built as Spring Boot builds it at start-up from the functions'
 * {@code application.properties} ({@code logging.structured.*}). The tests' own console keeps a readable pattern
 * ({@code logback-test.xml}), so this is how a test sees the lines the deployed functions print.
 */
public final class ShippedLogEncoder {

    private ShippedLogEncoder() {
    }

    /** A started encoder in a logger context of its own, so a test never reconfigures the suite's logging. */
    public static StructuredLogEncoder start(LoggerContext context) {
        Environment shipped = shippedEnvironment();
        if (context.getMDCAdapter() == null) {
            context.setMDCAdapter(new LogbackMDCAdapter());
        }
        context.putObject(Environment.class.getName(), shipped);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(shipped.getRequiredProperty("logging.structured.format.console"));
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    /** One event as the shipped encoder writes it: one line, its newline included. */
    public static String line(StructuredLogEncoder encoder, ILoggingEvent event) {
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static Environment shippedEnvironment() {
        StandardEnvironment env = new StandardEnvironment();
        try {
            env.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }
}
