package id.pekalongan.batikberlian.domain.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme's clock is Waktu Indonesia Barat: a month, a coverage start, an incident date and an upload's day are
 * all days in Pekalongan, whatever zone the machine that computes them runs in.
 */
public final class Jakarta {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Jakarta() {
    }

    /** The system clock, read in Jakarta. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }

    /** Today's date in Jakarta on the given clock (whatever zone the clock was built with). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
