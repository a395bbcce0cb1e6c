package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.local.bench.coldstart.ColdStartJvm;
import id.pekalongan.batikberlian.local.bench.hello.HelloApp;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code bench coldstart}: each function's first answer in a JVM of its own, loaded from the Lambda package through
 * {@code FunctionInvoker} ({@link ColdStartJvm}), beside a "hello" Spring Cloud Function ({@link HelloApp}) started
 * the same way from the same class path in the same run. The time is from process start to its exit after the answer.
 *
 * <p>The functions get the JVM options that {@code template.yaml} gives every Lambda ({@code JAVA_TOOL_OPTIONS} in
 * its Globals), handed over the same way. The hello is started with those options and without them: the ratio is
 * over the hello with the same options, so that it measures the functions' own cost and not the options' effect,
 * which {@code coldstart.hello_bare_ms} shows. Each JVM is started {@code --runs} times (default 3), the rounds
 * interleaved and their order turned each round so that a busy moment of the machine falls on all of them alike,
 * and the median is reported.
 * {@code --profile} adds one more start of each, with its class loads and Spring's startup steps, untimed;
 * {@code --logs DIR} keeps every JVM's output and class-load log there.
 */
public final class ColdStartBench {

    static final String PACKAGE = "functions/target/batik-berlian-functions-aws.zip";
    static final String MAIN_CLASS = "id.pekalongan.batikberlian.BatikBerlianApplication";
    static final String HELLO = "hello";
    static final String HELLO_BARE = "hello_bare";
    static final String HELLO_EVENT = "\"dunia\"";

    private ColdStartBench() {
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        Path pkg = findPackage(args.text("package", null));
        int runs = args.intValue("runs", 3);
        String options = templateJvmOptions();
        String keep = args.text("logs", null);
        Path dir = keep != null ? Files.createDirectories(Path.of(keep))
                : Files.createTempDirectory("bench-coldstart");
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
            ColdStartJvm jvm = new ColdStartJvm(dir, pkg, aws.functionVariables());
            f.put("coldstart.package", pkg.toString());
            f.put("coldstart.jvm_options", options.isBlank() ? "(none)" : options);
            f.put("coldstart.runs", runs);
            f.put("coldstart.load_average_before", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            Map<String, List<Long>> times = new LinkedHashMap<>();
            Map<String, List<Long>> cpu = new LinkedHashMap<>();
            List<String> order = new ArrayList<>(List.of(HELLO_BARE, HELLO));
            order.addAll(events.keySet());
            for (int round = 0; round < runs; round++) {
                // Each round starts one further along, so that no JVM always follows the same one.
                for (int i = 0; i < order.size(); i++) {
                    String name = order.get((i + round) % order.size());
                    ColdStartJvm.Start start = switch (name) {
                        case HELLO_BARE -> jvm.run(HelloApp.class.getName(), HELLO, HELLO_EVENT, "", false);
                        case HELLO -> jvm.run(HelloApp.class.getName(), HELLO, HELLO_EVENT, options, false);
                        default -> jvm.run(MAIN_CLASS, name, events.get(name), options, false);
                    };
                    record(times, cpu, name, start);
                }
            }
            long hello = median(times.get(HELLO));
            long helloCpu = median(cpu.get(HELLO));
            double worst = 0;
            for (String name : times.keySet()) {
                long ms = median(times.get(name));
                f.put("coldstart." + name + "_ms", ms);
                f.put("coldstart." + name + "_runs_ms", times.get(name).toString().replace(" ", ""));
                f.put("coldstart." + name + "_cpu_ms", median(cpu.get(name)));
                if (!name.startsWith(HELLO)) {
                    f.put("coldstart." + name + "_ratio", (double) ms / hello);
                    f.put("coldstart." + name + "_cpu_ratio", (double) median(cpu.get(name)) / helloCpu);
                    worst = Math.max(worst, (double) ms / hello);
                }
            }
            f.put("coldstart.worst_ratio", worst);
            f.put("coldstart.load_average_after", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            f.note("ratio: the median of a function's first answers over the median of hello_ms, all fresh JVMs "
                    + "from the Lambda package; the functions and hello_ms with the template's JAVA_TOOL_OPTIONS, "
                    + "hello_bare_ms without them; -Xmx512m on all; cpu_ratio: the same for the processor time "
                    + "the JVMs reported, which a busy machine disturbs less");

            if (args.flag("profile")) {
                profile(f, jvm.run(HelloApp.class.getName(), HELLO, HELLO_EVENT, options, true), HELLO);
                for (Map.Entry<String, String> e : events.entrySet()) {
                    profile(f, jvm.run(MAIN_CLASS, e.getKey(), e.getValue(), options, true), e.getKey());
                }
                f.note("profile (one more start each, untimed): classes loaded, by origin and after the context "
                        + "was ready (the first call's); uptimes when Spring started, was ready and the JVM exited; "
                        + "Spring's startup steps and bean creations by their own time");
            }
        } finally {
            if (keep != null) {
                f.note("the JVMs' output and class-load logs are kept in " + dir.toAbsolutePath());
            } else {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void record(Map<String, List<Long>> times, Map<String, List<Long>> cpu, String name,
                               ColdStartJvm.Start start) {
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(start.millis());
        cpu.computeIfAbsent(name, k -> new ArrayList<>()).add(start.cpuMillis());
    }

    private static void profile(Figures f, ColdStartJvm.Start start, String function) {
        // Bean and step names carry '-' and '$', which a key may not.
        start.profile().forEach((k, v) -> f.put("coldstart.profile." + function + "." + k.replaceAll("[^A-Za-z0-9_.]",
                "_"), v));
    }

    /** Globals.Function.Environment.Variables.JAVA_TOOL_OPTIONS of the template the package is deployed with. */
    static String templateJvmOptions() {
        return CloudFormationTemplate.fromClasspath(Map.of()).root().path("Globals").path("Function")
                .path("Environment").path("Variables").path("JAVA_TOOL_OPTIONS").asText("").trim();
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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
