package id.pekalongan.batikberlian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.emulators.FreshJvmInvoke;
import id.pekalongan.batikberlian.json.Json;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One event through the built Lambda package in a JVM of its own, loaded through the handler the template names with
 * the variables the template gives it, pointed at {@link LocalAws}: a cold start, short of AWS itself. Only the
 * package and the invoker are on that JVM's classpath, so it runs what Lambda runs and nothing the tests bring.
 */
public final class PackagedFunction {

    private static final ObjectMapper JSON = Json.MAPPER;

    /** What the JVM printed, its answer (the JSON after {@code ANSWER }) and how long it took from start to exit. */
    public record Run(int exitCode, String output, JsonNode answer, long millis) {
    }

    private PackagedFunction() {
    }

    public static Path pkg() {
        return Path.of(System.getProperty("batik.functions.jar", "target/batik-berlian-functions-aws.zip"));
    }

    /**
     * @param extraEnv       variables beside the template's (an endpoint for the Lambda API, say)
     * @param timeoutSeconds the invocation's deadline as the Lambda context reports it
     * @param work           where the event and the log are written
     */
    public static Run invoke(String function, String event, Map<String, String> extraEnv, int timeoutSeconds,
                             Path work) throws IOException, InterruptedException {
        Path eventFile = Files.createTempFile(work, function, ".json");
        Files.writeString(eventFile, event);
        Path log = Files.createTempFile(work, function, ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", pkg() + File.pathSeparator + runner(), FreshJvmInvoke.class.getName(), function,
                eventFile.toString(), String.valueOf(timeoutSeconds))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        FunctionsApp.properties(LocalAws.get()).forEach((k, v) -> env.put(k, v.toString()));
        env.put("MAIN_CLASS", "id.pekalongan.batikberlian.BatikBerlianApplication");
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", function);
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.putAll(extraEnv);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(function + " still running after its timeout:\n" + Files.readString(log));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String answerLine = output.lines().filter(l -> l.startsWith("ANSWER ")).reduce((a, b) -> b).orElse(null);
        JsonNode answer = answerLine == null ? null : JSON.readTree(answerLine.substring("ANSWER ".length()));
        Files.deleteIfExists(eventFile);
        Files.deleteIfExists(log);
        return new Run(p.exitValue(), output, answer, millis);
    }

    private static Path runner() {
        try {
            return Path.of(FreshJvmInvoke.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
