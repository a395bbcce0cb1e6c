package id.pekalongan.batikberlian.local.bench.coldstart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts from a JVM's {@code -Xlog:class+load} file: every class loaded, by where it comes from, and how many were
 * loaded after Spring's context was ready (the first call's own classes). Lines look like
 * {@code [0.123s][info][class,load] java.lang.Object source: shared objects file}.
 */
final class ClassLoads {

    /** Name prefixes by the group they are counted in; the first that matches wins, the JDK is what is left. */
    private static final Map<String, List<String>> GROUPS = groups();

    private ClassLoads() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("project", List.of("id.pekalongan."));
        g.put("spring", List.of("org.springframework."));
        g.put("awssdk", List.of("software.amazon.awssdk."));
        g.put("lambda_events", List.of("com.amazonaws."));
        g.put("jackson", List.of("com.fasterxml.jackson."));
        g.put("logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
        g.put("jdk", List.of("java.", "javax.", "jdk.", "sun.", "com.sun."));
        return g;
    }

    static Map<String, Long> count(Path log, long readyAtMillis) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("classes", 0L);
        counts.put("classes_from_cds", 0L);
        counts.put("classes_after_ready", 0L);
        GROUPS.keySet().forEach(g -> counts.put("classes_" + g, 0L));
        counts.put("classes_other", 0L);
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(l -> l.contains("[class,load]") && l.contains(" source: ")).forEach(l -> {
                int nameStart = l.indexOf("] ", l.indexOf("[class,load]")) + 2;
                String name = l.substring(nameStart, l.indexOf(' ', nameStart));
                counts.merge("classes", 1L, Long::sum);
                if (l.endsWith("source: shared objects file")) {
                    counts.merge("classes_from_cds", 1L, Long::sum);
                }
                if (readyAtMillis >= 0 && uptimeMillis(l) > readyAtMillis) {
                    counts.merge("classes_after_ready", 1L, Long::sum);
                }
                counts.merge("classes_" + group(name), 1L, Long::sum);
            });
        }
        return counts;
    }

    private static String group(String className) {
        for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
            if (g.getValue().stream().anyMatch(className::startsWith)) {
                return g.getKey();
            }
        }
        return "other";
    }

    private static double uptimeMillis(String line) {
        int end = line.indexOf("s]");
        return line.startsWith("[") && end > 0 ? Double.parseDouble(line.substring(1, end)) * 1000 : -1;
    }
}
