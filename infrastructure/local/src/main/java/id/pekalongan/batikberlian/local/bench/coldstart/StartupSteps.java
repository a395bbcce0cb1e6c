package id.pekalongan.batikberlian.local.bench.coldstart;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Spring's own startup steps, recorded in a profiled cold start only: {@link ColdStartJvm} puts this class and a
 * {@code spring.factories} naming it on the class path of a profiled JVM, never in the Lambda package. The steps are
 * printed at exit, not when the context is ready, because the lazy beans are created by the first call.
 *
 * <p>Each step's time is its own (its duration less its children's), so nested bean creations are not counted
 * twice; lines start with {@code PROFILE } for {@link ColdStartJvm} to pick out.
 */
public final class StartupSteps implements SpringApplicationRunListener {

    private static final int TOP_BEANS = 8;

    private final long constructedAt = uptime();
    private volatile long readyAt = -1;

    public StartupSteps(SpringApplication application, String[] args) {
        // Set here, before run() hands the startup to the context: a listener is built before that.
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> print(startup)));
    }

    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        readyAt = uptime();
    }

    private void print(BufferingApplicationStartup startup) {
        long exitAt = uptime();
        StartupTimeline timeline = startup.getBufferedTimeline();
        Map<Long, Long> childNanos = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                childNanos.merge(parent, e.getDuration().toNanos(), Long::sum);
            }
        }
        Map<String, Long> byStep = new HashMap<>();
        Map<String, Long> byBean = new HashMap<>();
        int beans = 0;
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            StartupStep step = e.getStartupStep();
            long own = e.getDuration().toNanos() - childNanos.getOrDefault(step.getId(), 0L);
            byStep.merge(step.getName(), own, Long::sum);
            if (step.getName().equals("spring.beans.instantiate")) {
                beans++;
                for (StartupStep.Tag tag : step.getTags()) {
                    if (tag.getKey().equals("beanName")) {
                        byBean.merge(tag.getValue(), own, Long::sum);
                    }
                }
            }
        }
        System.out.println("PROFILE spring_listener_at_ms=" + constructedAt);
        System.out.println("PROFILE spring_ready_at_ms=" + readyAt);
        System.out.println("PROFILE exit_at_ms=" + exitAt);
        System.out.println("PROFILE beans_instantiated=" + beans);
        top(byStep, 10).forEach(s -> System.out.println("PROFILE step." + s.getKey() + "_ms=" + millis(s.getValue())));
        top(byBean, TOP_BEANS).forEach(b -> System.out.println("PROFILE bean." + b.getKey() + "_ms="
                + millis(b.getValue())));
        System.out.flush();
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> nanos, int n) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(nanos.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return entries.subList(0, Math.min(n, entries.size()));
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
