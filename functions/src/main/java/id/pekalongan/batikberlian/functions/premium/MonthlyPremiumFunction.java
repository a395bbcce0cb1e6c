package id.pekalongan.batikberlian.functions.premium;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The monthly billing run for the period the trigger names. */
@Component("MonthlyPremium")
public class MonthlyPremiumFunction implements Function<BillingTrigger, BillingRunSummary> {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final ParticipantCounter counter;

    public MonthlyPremiumFunction(ParticipantCounter counter) {
        this.counter = counter;
    }

    @Override
    public BillingRunSummary apply(BillingTrigger trigger) {
        YearMonth period = periodOf(trigger);
        return new BillingRunSummary(period.toString(), counter.activeParticipants(), "NOT_IMPLEMENTED",
                "penagihan belum diterapkan; hanya peserta aktif yang dihitung");
    }

    /** 00:05 WIB on the 1st is still the last day of the previous month in UTC: the period is read in Jakarta. */
    static YearMonth periodOf(BillingTrigger trigger) {
        if (trigger == null) {
            throw new IllegalArgumentException("a trigger with period, scheduledTime or time is required");
        }
        try {
            if (trigger.period() != null) {
                return YearMonth.parse(trigger.period());
            }
            String time = trigger.scheduledTime() != null ? trigger.scheduledTime() : trigger.time();
            if (time == null) {
                throw new IllegalArgumentException("a trigger with period, scheduledTime or time is required");
            }
            return YearMonth.from(Instant.parse(time).atZone(JAKARTA));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable period or time: " + e.getParsedString());
        }
    }
}
