package id.pekalongan.batikberlian.functions.retention;

import id.pekalongan.batikberlian.storage.Retention;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The daily redaction (UU PDP 27/2022): applicants refused longer ago than {@code RETENTION_DAYS} are reduced to a
 * salted NIK hash, their kelurahan and reason codes ({@link Retention}). A function of its own, so that only it holds
 * the salt and the right to delete applicants, and the eligibility function neither.
 */
@Component
public class RedactExpiredRefusalsFunction {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final Retention retention;
    private final Clock clock;

    @Autowired
    public RedactExpiredRefusalsFunction(Retention retention) {
        this(retention, Clock.systemUTC());
    }

    RedactExpiredRefusalsFunction(Retention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    public RedactionResult apply(RetentionRun run) {
        LocalDate day = run.day(clock.instant(), JAKARTA);
        return new RedactionResult(day.toString(), retention.redactExpired(day));
    }
}
