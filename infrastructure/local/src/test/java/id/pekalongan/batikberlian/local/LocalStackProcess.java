package id.pekalongan.batikberlian.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.emulators.Ports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The built local-stack jar started as a user starts it, on free ports, with its output captured to a file. */
final class LocalStackProcess implements AutoCloseable {

    private final int[] ports = Ports.free(4);
    final int apiPort = ports[0];
    final int lambdaPort = ports[1];
    final int s3Port = ports[2];
    final int dynamoPort = ports[3];
    final Path log;
    final Process process;
    final long startMillis;

    private LocalStackProcess(Path dataDir, List<String> extra) throws IOException {
        log = Files.createTempFile("local-stack", ".log");
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", jar().toString(),
                "--api-port", "" + apiPort, "--lambda-port", "" + lambdaPort, "--s3-port", "" + s3Port,
                "--dynamodb-port", "" + dynamoPort, "--data-dir", dataDir.toString()));
        cmd.addAll(extra);
        long t0 = System.nanoTime();
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitFor("local stack is up", Duration.ofSeconds(90));
        startMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    static LocalStackProcess start(Path dataDir, String... extra) throws IOException {
        return new LocalStackProcess(dataDir, List.of(extra));
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("batik.local.jar", "target/batik-berlian-local.jar"));
        assertThat(jar).as("the local-stack jar is built by 'package' before the integration tests").exists();
        return jar;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    void waitFor(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the local stack exited (" + process.exitValue() + "):\n" + output());
            }
            sleep(100);
        }
        throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + output());
    }

    Map<String, String> awsEnv() {
        return Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
                "AWS_DEFAULT_REGION", "ap-southeast-3", "AWS_PAGER", "", "AWS_EC2_METADATA_DISABLED", "true");
    }

    /** The AWS CLI against one of the stack's ports, with the stack's credentials. */
    Cli aws(int port, String... args) {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "aws";
        cmd[1] = "--endpoint-url";
        cmd[2] = "http://127.0.0.1:" + port;
        System.arraycopy(args, 0, cmd, 3, args.length);
        return Cli.run(awsEnv(), cmd);
    }

    /** The only upload record once it has left PROCESSING, polled with the AWS CLI for up to five minutes. */
    com.fasterxml.jackson.databind.JsonNode awaitOnlyUploadFinished() throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            var items = json.readTree(aws(dynamoPort, "dynamodb", "scan", "--table-name", "batik-berlian-uploads")
                    .ok().out()).path("Items");
            if (items.size() == 1 && !"PROCESSING".equals(items.get(0).path("status").path("S").asText())) {
                return items.get(0);
            }
            sleep(1_000);
        }
        throw new AssertionError("the upload did not finish within 5 minutes:\n" + output());
    }

    /** A number attribute of an item as the AWS CLI prints it, or -1 when absent. */
    static long number(com.fasterxml.jackson.databind.JsonNode item, String attribute) {
        return Long.parseLong(item.path(attribute).path("N").asText("-1"));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
