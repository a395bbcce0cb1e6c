package id.pekalongan.batikberlian.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The log lines a function prints from the built Lambda package, read as Lambda's JSON log format reads them. The
 * package's own logging configuration is in force there (the tests' {@code logback-test.xml} is not in it), so this
 * is where the shipped encoder and its NIK mask are seen working as deployed.
 */
final class LambdaLogLines {

    /** Added to every line through Spring Boot's {@code logging.structured.json.add}: it must come out masked. */
    private static final String PROBE_NIK = "3375021708750009";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private LambdaLogLines() {
    }

    /** The environment that has the shipped encoder add {@link #PROBE_NIK} to every line. */
    static Map<String, String> nikProbe() {
        return Map.of("LOGGING_STRUCTURED_JSON_ADD_NIKPROBE", PROBE_NIK);
    }

    /**
     * Every JSON line is one object with the fields Lambda reads and the probe masked, no line but the answer
     * holds a full NIK (the one in the uploaded file included), and IngestUpload's first call logs its outcome.
     */
    static void check(String function, String output, String... niks) {
        List<String> logged = output.lines().filter(l -> !l.startsWith("ANSWER ")).toList();
        List<JsonNode> lines = logged.stream().filter(l -> l.startsWith("{")).map(LambdaLogLines::parse).toList();
        for (JsonNode line : lines) {
            assertThat(line.isObject()).as(line.toString()).isTrue();
            assertThat(OffsetDateTime.parse(line.path("timestamp").asText())).as(line.toString()).isNotNull();
            assertThat(line.path("level").asText()).as(line.toString()).isIn("ERROR", "WARN", "INFO", "DEBUG");
            assertThat(line.path("logger_name").asText()).as(line.toString()).isNotEmpty();
            assertThat(line.has("message")).as(line.toString()).isTrue();
            assertThat(line.path("nikprobe").asText()).as(line.toString()).isEqualTo("3375********0009");
        }
        String all = String.join("\n", logged);
        assertThat(all).doesNotContain(PROBE_NIK);
        for (String nik : niks) {
            assertThat(all).doesNotContain(nik);
        }
        if (function.equals("IngestUpload")) {
            assertThat(lines).as(output).anyMatch(l -> l.path("event").asText().equals("upload_processed"));
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not one JSON object: " + line, e);
        }
    }
}
