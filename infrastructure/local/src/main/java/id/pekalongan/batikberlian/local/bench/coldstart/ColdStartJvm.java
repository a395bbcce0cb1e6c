package id.pekalongan.batikberlian.local.bench.coldstart;

import id.pekalongan.batikberlian.emulators.FreshJvmInvoke;
import id.pekalongan.batikberlian.emulators.LambdaContext;
import id.pekalongan.batikberlian.local.bench.hello.HelloApp;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One cold start: a JVM of its own whose class path is the Lambda package and the invoker's few classes
 * ({@link RunnerClasses}), with the template's variables, answering one event through {@code FunctionInvoker}
 * ({@link FreshJvmInvoke}). JVM options reach it in {@code JAVA_TOOL_OPTIONS}, as Lambda's runtime hands them over.
 *
 * <p>A profiled start also logs every class load to a file and puts {@link StartupSteps} on the class path; its time
 * is not a cold start's (the logging costs), so the bench never times a profiled JVM.
 */
public final class ColdStartJvm {

    /** Always set, as FirstInvocationIT sets it: the same bound for the baseline and the functions. */
    static final String HEAP = "-Xmx512m";

    private final Path dir;
    private final Path pkg;
    private final Map<String, String> variables;
    private final Path runner;
    private final Path profiler;

    public ColdStartJvm(Path dir, Path pkg, Map<String, String> variables) throws IOException {
        this.dir = dir;
        this.pkg = pkg;
        this.variables = variables;
        this.runner = Files.createDirectories(dir.resolve("runner"));
        RunnerClasses.copy(runner, List.of(FreshJvmInvoke.class, LambdaContext.class, HelloApp.class,
                StartupSteps.class));
        this.profiler = Files.createDirectories(dir.resolve("profiler/META-INF"));
        Files.writeString(profiler.resolve("spring.factories"),
                "org.springframework.boot.SpringApplicationRunListener=" + StartupSteps.class.getName() + "\n");
    }

    /**
     * The time from process start to its exit after the answer; the processor time the JVM reported (all threads,
     * -1 if it could not tell); and, when profiled, what it spent it on.
     */
    public record Start(long millis, long cpuMillis, Map<String, String> profile) {
    }

    public Start run(String mainClass, String function, String event, String javaToolOptions, boolean profile)
            throws IOException, InterruptedException {
        String name = function + (profile ? "-profiled" : "") + (javaToolOptions.isBlank() ? "" : "-options");
        Path eventFile = Files.writeString(dir.resolve(function + ".json"), event);
        Path log = dir.resolve(name + ".log");
        Path classLog = dir.resolve(name + ".classes");
        String classPath = pkg + File.pathSeparator + runner
                + (profile ? File.pathSeparator + profiler.getParent() : "");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP));
        if (profile) {
            command.add("-Xlog:class+load=info:file=" + classLog + ":uptime,level,tags");
        }
        command.addAll(List.of("-cp", classPath, FreshJvmInvoke.class.getName(), function, eventFile.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.putAll(variables);
        env.put("MAIN_CLASS", mainClass);
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", function);
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.remove("JAVA_TOOL_OPTIONS");
        if (!javaToolOptions.isBlank()) {
            env.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
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
        Map<String, String> figures = new LinkedHashMap<>();
        if (profile) {
            output.lines().filter(l -> l.startsWith("PROFILE ")).map(l -> l.substring("PROFILE ".length()))
                    .forEach(l -> figures.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            long readyAt = Long.parseLong(figures.getOrDefault("spring_ready_at_ms", "-1"));
            ClassLoads.count(classLog, readyAt).forEach((k, v) -> figures.put(k, Long.toString(v)));
        }
        long cpu = output.lines().filter(l -> l.startsWith("CPU_MS ")).mapToLong(l -> Long.parseLong(l.substring(7)))
                .reduce((a, b) -> b).orElse(-1);
        return new Start(ms, cpu, figures);
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
