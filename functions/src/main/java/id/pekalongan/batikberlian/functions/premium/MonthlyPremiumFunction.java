package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.ReportStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The monthly billing run for the period the trigger names.
 *
 * <p>Deadline: the Lambda timeout is 900 s; the run gets {@code BILLING_TIME_BUDGET_SECONDS} (840 by default) from
 * the moment the invocation starts, and keeps a reserve of that for closing the period. The Lambda {@code Context}
 * is not taken: a plain {@code Function} keeps the bean callable with the event alone, and the fixed budget is
 * below the timeout. When the run stops at a checkpoint (IN_PROGRESS) the invocation fails on purpose, so that the
 * asynchronous invocation's retry resumes it from the checkpoint.
 */
@Component
public class MonthlyPremiumFunction {


    private final BillingRun run;
    private final ReportStore reports;
    private final Duration timeBudget;
    private final Clock clock = Clock.systemUTC();

    public MonthlyPremiumFunction(BillingRun run, ReportStore reports, Environment env) {
        this.run = run;
        this.reports = reports;
        this.timeBudget = Duration.ofSeconds(Long.parseLong(env.getProperty("BILLING_TIME_BUDGET_SECONDS", "840")));
    }

    public BillingRunSummary apply(BillingTrigger trigger) {
        YearMonth period = periodOf(trigger);
        Instant deadline = clock.instant().plus(timeBudget);
        // The dashboard's counters of a deployment older than them are counted from the tables once, before the
        // run's own invoice moves them.
        reports.buildOnce(clock.instant());
        BillingRunSummary summary = run.run(new BillingPeriod(period), deadline);
        if (BillingRunSummary.IN_PROGRESS.equals(summary.status())) {
            throw new IllegalStateException("RUN_INCOMPLETE: period " + period + " stopped after page "
                    + summary.pagesDone() + "; the retry resumes from the checkpoint");
        }
        return summary;
    }

    /** 00:05 WIB on the 1st is still the last day of the previous month in UTC: the period is read in Jakarta. */
    static YearMonth periodOf(BillingTrigger trigger) {
        if (trigger == null) {
            throw new IllegalArgumentException("a trigger with period, scheduledTime or time is required");
        }
        try {
            if (trigger.period() != null) {
                return BillingPeriod.parse(trigger.period()).month();
            }
            String time = trigger.scheduledTime() != null ? trigger.scheduledTime() : trigger.time();
            if (time == null) {
                throw new IllegalArgumentException("a trigger with period, scheduledTime or time is required");
            }
            return YearMonth.from(Instant.parse(time).atZone(Jakarta.ZONE));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable period or time: " + e.getParsedString());
        }
    }
}
