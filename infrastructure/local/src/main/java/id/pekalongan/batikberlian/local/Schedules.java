package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ScheduleV2} events of the template, fired at their times in their time zones with the Scheduler's
 * {@code <aws.scheduler.scheduled-time>} placeholder filled in, as an asynchronous invocation.
 */
final class Schedules implements AutoCloseable {

    record Schedule(String function, CronSchedule cron, String input) {

        byte[] event(ZonedDateTime scheduledTime) {
            String time = DateTimeFormatter.ISO_INSTANT.format(scheduledTime.toInstant().truncatedTo(ChronoUnit.SECONDS));
            String body = input == null || input.isBlank() ? "{}" : input;
            return body.replace("<aws.scheduler.scheduled-time>", time).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final List<Schedule> schedules;
    private final AsyncInvoker async;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "schedules");
        t.setDaemon(true);
        return t;
    });

    Schedules(List<Schedule> schedules, AsyncInvoker async) {
        this.schedules = schedules;
        this.async = async;
    }

    static List<Schedule> fromTemplate(CloudFormationTemplate template) {
        List<Schedule> out = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((function, resource) ->
                resource.path("Properties").path("Events").fields().forEachRemaining(e -> {
                    JsonNode p = e.getValue().path("Properties");
                    if (!"ScheduleV2".equals(e.getValue().path("Type").asText())) {
                        return;
                    }
                    ZoneId zone = ZoneId.of(p.path("ScheduleExpressionTimezone").asText("UTC"));
                    out.add(new Schedule(function, CronSchedule.parse(p.path("ScheduleExpression").asText(), zone),
                            p.path("Input").asText(null)));
                }));
        return out;
    }

    List<Schedule> schedules() {
        return schedules;
    }

    void start() {
        schedules.forEach(s -> arm(s, ZonedDateTime.now(s.cron().zone())));
    }

    private void arm(Schedule s, ZonedDateTime after) {
        ZonedDateTime next = s.cron().next(after);
        long delay = Math.max(0, next.toInstant().toEpochMilli() - System.currentTimeMillis());
        timer.schedule(() -> {
            async.submit(s.function(), s.event(next), "schedule " + s.cron().expression());
            arm(s, next);
        }, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
