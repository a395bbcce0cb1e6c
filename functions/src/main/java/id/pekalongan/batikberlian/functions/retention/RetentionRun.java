package id.pekalongan.batikberlian.functions.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One run of the redaction: the Scheduler's {@code {"scheduledTime":"<aws.scheduler.scheduled-time>"}}, or
 * {@code {}} from an operator, which means now.
 *
 * @param scheduledTime when the schedule meant the run to happen; null for a run by hand
 */
public record RetentionRun(Instant scheduledTime) {

    /**
     * The day whose cutoff applies, in Jakarta. A retry delivered the next day keeps the scheduled day, and a time in
     * the future counts as now: a run never redacts a refusal earlier than a run on time would have.
     */
    public LocalDate day(Instant now, ZoneId zone) {
        Instant at = scheduledTime == null || scheduledTime.isAfter(now) ? now : scheduledTime;
        return LocalDate.ofInstant(at, zone);
    }
}
