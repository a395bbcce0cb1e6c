package id.pekalongan.batikberlian.functions.premium;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Every shape that starts a billing run: an EventBridge {@code ScheduledEvent} (its {@code time}), the Scheduler's
 * input carrying {@code <aws.scheduler.scheduled-time>} as {@code scheduledTime}, or an explicit {@code period} for
 * re-runs and back-fills.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingTrigger(String period, String scheduledTime, String time) {
}
