package id.pekalongan.batikberlian.functions.retention;

import id.pekalongan.batikberlian.domain.time.Jakarta;
import id.pekalongan.batikberlian.storage.Retention;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The daily redaction (UU PDP 27/2022): applicants refused longer ago than {@code RETENTION_DAYS} are reduced to a
 * salted NIK hash, their kelurahan and reason codes ({@link Retention}). A function of its own, so that the salt is
 * given to it alone, and the eligibility function's door takes eligibility events only.
 */
@Component
public class RedactExpiredRefusalsFunction {

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
        LocalDate day = run.day(clock.instant(), Jakarta.ZONE);
        return new RedactionResult(day.toString(), retention.redactExpired(day));
    }
}
