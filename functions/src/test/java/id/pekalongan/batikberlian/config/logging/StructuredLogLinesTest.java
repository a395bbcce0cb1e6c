package id.pekalongan.batikberlian.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.pekalongan.batikberlian.testing.ShippedLogEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lines the deployed functions print, through the encoder their {@code application.properties} configures:
 * one JSON object each, with the fields Lambda's JSON log format reads, the key-value pairs as fields of their own,
 * and no full NIK, wherever in the event it was.
 */
class StructuredLogLinesTest {

    private static final String NIK = "3375010101800001";
    private static final String OTHER_NIK = "3375024408880002";

    // Strict: a line holding more than one value, or anything after the object, fails to parse.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Logger log;

    @BeforeEach
    void shippedConsole() {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(ShippedLogEncoder.start(context));
        appender.setOutputStream(console);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        log = context.getLogger("id.pekalongan.batikberlian.functions.ingest.UploadIngestor");
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void eachLineIsOneJsonObjectWithLambdasFieldsAndTheKeyValuePairsAsFields() throws Exception {
        log.atInfo().addKeyValue("event", "upload_processed").addKeyValue("uploadId", "u-1")
                .addKeyValue("rowsIn", 4400).addKeyValue("ended", true).log("upload processed");
        log.atWarn().addKeyValue("event", "upload_replaced_midway").log("upload replaced midway");

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.path("level").asText()).isEqualTo("INFO");
        assertThat(first.path("logger_name").asText())
                .isEqualTo("id.pekalongan.batikberlian.functions.ingest.UploadIngestor");
        assertThat(first.path("message").asText()).isEqualTo("upload processed");
        assertThat(first.path("event").asText()).isEqualTo("upload_processed");
        assertThat(first.path("uploadId").asText()).isEqualTo("u-1");
        assertThat(first.path("rowsIn").isInt()).as("a number stays a JSON number").isTrue();
        assertThat(first.path("rowsIn").asInt()).isEqualTo(4400);
        assertThat(first.path("ended").isBoolean()).isTrue();
        // Lambda takes "timestamp" only in RFC 3339, and without one files the line as INFO whatever its level.
        assertThat(OffsetDateTime.parse(first.path("timestamp").asText())).isNotNull();
        assertThat(first.has("@timestamp")).isFalse();
        assertThat(first.has("@version")).isFalse();
        assertThat(first.has("level_value")).isFalse();
        assertThat(lines.get(1).path("level").asText()).isEqualTo("WARN");
    }

    @Test
    void aFullNikInTheMessageInAKeyValueInTheMdcOrInAnExceptionComesOutMasked() throws Exception {
        log.atInfo().addKeyValue("event", "eligibility_decided").log("NIK {} ditolak", NIK);
        log.atInfo().addKeyValue("event", "eligibility_decided").addKeyValue("nik", NIK)
                .addKeyValue("nikAsNumber", Long.parseLong(OTHER_NIK))
                .addKeyValue("niks", List.of(NIK, "3375-0244-0888-0002")).log("decided");
        context.getMDCAdapter().put("clerkInput", "NIK " + NIK);
        try {
            log.atInfo().log("with context");
        } finally {
            context.getMDCAdapter().remove("clerkInput");
        }
        log.atError().addKeyValue("event", "api_error").setCause(new IllegalStateException(
                "NIK " + NIK + " sudah terdaftar", new IllegalArgumentException(OTHER_NIK))).log("failed");

        String raw = console.toString(StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain(NIK, OTHER_NIK, "3375-0244-0888-0002");
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("message").asText()).isEqualTo("NIK 3375********0001 ditolak");
        assertThat(lines.get(1).path("nik").asText()).isEqualTo("3375********0001");
        assertThat(lines.get(1).path("nikAsNumber").asText()).isEqualTo("3375********0002");
        assertThat(lines.get(1).path("niks").path(0).asText()).isEqualTo("3375********0001");
        assertThat(lines.get(1).path("niks").path(1).asText()).isEqualTo("3375-****-****-0002");
        assertThat(lines.get(2).path("clerkInput").asText()).isEqualTo("NIK 3375********0001");
        String trace = lines.get(3).path("stack_trace").asText();
        assertThat(trace).contains("IllegalStateException: NIK 3375********0001 sudah terdaftar",
                "IllegalArgumentException: 3375********0002", "StructuredLogLinesTest");
    }

    @Test
    void quotesNewlinesAndControlCharactersInValuesAreEscapedNotLineBreaks() throws Exception {
        String hostile = "nama \"Slamet\" \\ baris\nkedua\r\tdan \u0001 {\"event\":\"forged\"}";
        log.atWarn().addKeyValue("event", "api_event_refused").addKeyValue("cell", hostile)
                .log("cell refused: {}", hostile);

        String raw = console.toString(StandardCharsets.UTF_8);
        assertThat(raw.indexOf('\n')).as("one line per event").isEqualTo(raw.length() - 1);
        JsonNode line = lines().get(0);
        assertThat(line.path("cell").asText()).isEqualTo(hostile);
        assertThat(line.path("message").asText()).isEqualTo("cell refused: " + hostile);
        assertThat(line.path("event").asText()).as("a value cannot forge a field").isEqualTo("api_event_refused");
    }

    @Test
    void theMaskLeavesEverythingButNikDigitsAsItWas() {
        assertThat(NikMaskedJsonValues.masked(4400L)).isEqualTo(4400L);
        assertThat(NikMaskedJsonValues.masked(Map.of("a", 1))).isEqualTo(Map.of("a", 1));
        assertThat(NikMaskedJsonValues.masked(Level.WARN)).isSameAs(Level.WARN);
        assertThat(NikMaskedJsonValues.masked("111100000000000000000001")).isEqualTo("111100000000000000000001");
        assertThat(NikMaskedJsonValues.masked(new StringBuilder(NIK))).isEqualTo("3375********0001");
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : console.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            out.add(node);
        }
        return out;
    }
}
