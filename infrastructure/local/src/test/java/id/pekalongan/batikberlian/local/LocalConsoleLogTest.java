package id.pekalongan.batikberlian.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The local stack's console, through the {@code logback.xml} its jar ships: one readable line per event, the
 * functions' key-value pairs after the message, and no full NIK in the message, a value or an exception.
 */
class LocalConsoleLogTest {

    private static final String NIK = "3375010101800001";

    @Test
    void aLineShowsTheMessageAndItsKeyValuePairsWithAnyNikMasked() throws Exception {
        String out = printed(log -> {
            log.atInfo().addKeyValue("event", "upload_processed").addKeyValue("uploadId", "u-1")
                    .addKeyValue("rowsIn", 3).log("upload processed");
            log.atInfo().addKeyValue("event", "eligibility_decided").addKeyValue("nik", NIK)
                    .log("NIK {} decided", NIK);
            log.atError().addKeyValue("event", "api_error").setCause(new IllegalStateException(
                    "NIK " + NIK + " sudah terdaftar")).log("route failed");
        });

        assertThat(out).doesNotContain(NIK);
        String[] lines = out.split("\n");
        String start = "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ";
        assertThat(lines[0]).matches(start + "INFO  \\S+ upload processed "
                + "event=\"upload_processed\" uploadId=\"u-1\" rowsIn=\"3\"");
        assertThat(lines[1]).matches(start + "INFO  \\S+ NIK 3375\\*{8}0001 decided "
                + "event=\"eligibility_decided\" nik=\"3375\\*{8}0001\"");
        assertThat(lines[2]).matches(start + "ERROR \\S+ route failed event=\"api_error\"");
        assertThat(lines[3]).isEqualTo("java.lang.IllegalStateException: NIK 3375********0001 sudah terdaftar");
        assertThat(java.util.Arrays.copyOfRange(lines, 4, lines.length)).isNotEmpty()
                .allMatch(line -> line.startsWith("\tat "));
        assertThat(out.split("IllegalStateException", -1)).as("the exception printed once").hasSize(2);
    }

    private static String printed(java.util.function.Consumer<org.slf4j.Logger> logging) throws Exception {
        URL shipped = LocalConsoleLogTest.class.getClassLoader().getResource("logback.xml");
        assertThat(shipped).as("the local stack's logback.xml").isNotNull();
        assertThat(shipped.getPath()).contains("local");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(context);
            joran.doConfigure(shipped);
            // A warning in the configuration makes Logback print its whole status on the console at start-up.
            assertThat(new StatusUtil(context).getHighestLevel(0)).as("Logback's status").isLessThan(Status.WARN);
            Logger log = context.getLogger("id.pekalongan.batikberlian.functions.ingest.UploadIngestor");
            logging.accept(log);
        } finally {
            context.stop();
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
