package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.emulators.FreshJvmInvoke;
import id.pekalongan.batikberlian.local.bench.hello.HelloApp;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code bench coldstart}: each function's first answer in a JVM of its own, loaded from the Lambda package through
 * {@code FunctionInvoker} ({@link FreshJvmInvoke}), beside a "hello" Spring Cloud Function ({@link HelloApp}) started
 * the same way from the same class path in the same run. The time is from process start to its exit after the answer.
 */
public final class ColdStartBench {

    static final String PACKAGE = "functions/target/batik-berlian-functions-aws.zip";

    private ColdStartBench() {
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        Path pkg = findPackage(args.text("package", null));
        Path dir = Files.createTempDirectory("bench-coldstart");
        try (BenchAws aws = BenchAws.start()) {
            String key = "incoming/Kauman/cold-start.csv";
            aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(
                    "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n3375021708750001,Slamet,17/08/1975,L,Tukang becak\n"));
            Map<String, String> events = new LinkedHashMap<>();
            events.put("IngestUpload", s3Event(aws.bucket(), key));
            events.put("ValidateEligibility", "{\"Records\":[]}");
            events.put("MonthlyPremium", "{\"period\":\"2026-12\"}");
            events.put("ComputeClaimBenefit", "{\"type\":\"JKM_DEATH\",\"simulate\":true,"
                    + "\"incidentDate\":\"2026-01-10\",\"contributionMonths\":12}");
            events.put("Api", "{\"version\":\"2.0\",\"routeKey\":\"GET /\",\"rawPath\":\"/\",\"rawQueryString\":\"\","
                    + "\"headers\":{},\"requestContext\":{\"http\":{\"method\":\"GET\",\"path\":\"/\","
                    + "\"sourceIp\":\"127.0.0.1\"},\"requestId\":\"r\",\"routeKey\":\"GET /\",\"stage\":\"$default\"},"
                    + "\"isBase64Encoded\":false}");
            String classPath = classPath(pkg);
            f.put("coldstart.package", pkg.toString());
            long hello = invoke(dir, classPath, aws, HelloApp.class.getName(), "hello", "\"dunia\"");
            f.put("coldstart.hello_ms", hello);
            for (Map.Entry<String, String> e : events.entrySet()) {
                long ms = invoke(dir, classPath, aws, "id.pekalongan.batikberlian.BatikBerlianApplication",
                        e.getKey(), e.getValue());
                f.put("coldstart." + e.getKey() + "_ms", ms);
                f.put("coldstart." + e.getKey() + "_ratio", (double) ms / hello);
            }
            f.note("ratio: the function's first answer over the hello function's, both fresh JVMs from the same "
                    + "class path; -XX:TieredStopAtLevel=1 -Xmx512m as in FirstInvocationIT");
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    private static long invoke(Path dir, String classPath, BenchAws aws, String mainClass, String function,
                               String event) throws Exception {
        Path eventFile = Files.writeString(dir.resolve(function + ".json"), event);
        Path log = dir.resolve(function + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp", classPath,
                FreshJvmInvoke.class.getName(), function, eventFile.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.putAll(aws.functionVariables());
        env.put("MAIN_CLASS", mainClass);
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", function);
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(function + " did not answer within two minutes");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String answer = output.lines().filter(l -> l.startsWith("ANSWER ")).reduce((a, b) -> b).orElse(null);
        if (p.exitValue() != 0 || answer == null || answer.contains("\"errorMessage\"")) {
            throw new IllegalStateException(function + " failed in a fresh JVM:\n" + tail(output));
        }
        return ms;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The package first, as in Lambda; then the invoker and the hello app from wherever this code was loaded. */
    private static String classPath(Path pkg) throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(pkg.toString());
        entries.add(location(FreshJvmInvoke.class).toString());
        entries.add(location(HelloApp.class).toString());
        return String.join(File.pathSeparator, entries);
    }

    private static Path location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path findPackage(String given) throws Exception {
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("--package " + given + " is not a file");
            }
            return p;
        }
        Path here = location(ColdStartBench.class).toAbsolutePath();
        for (Path dir = here.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(PACKAGE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path fromCwd = Path.of(PACKAGE).toAbsolutePath();
        if (Files.isRegularFile(fromCwd)) {
            return fromCwd;
        }
        throw new IllegalArgumentException("the Lambda package " + PACKAGE + " was not found; build it with "
                + "./mvnw -o package -DskipTests -pl infrastructure/local -am, or name it with --package");
    }

    static String s3Event(String bucket, String key) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"ap-southeast-3",
                "eventTime":"2026-01-05T03:00:00.000Z","eventName":"ObjectCreated:Put",
                "userIdentity":{"principalId":"local"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                "responseElements":{"x-amz-request-id":"bench","x-amz-id-2":"bench"},
                "s3":{"s3SchemaVersion":"1.0","configurationId":"bench",
                "bucket":{"name":"%s","ownerIdentity":{"principalId":"local"},"arn":"arn:aws:s3:::%s"},
                "object":{"key":"%s","size":80,"eTag":"0","sequencer":"0"}}}]}""".formatted(bucket, bucket, key)
                .replace("\n", "");
    }
}
