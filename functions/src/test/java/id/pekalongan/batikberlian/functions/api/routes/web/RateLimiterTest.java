package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {

    /** After a burst of {@code burst} requests at t=0, a request at {@code atSeconds} waits {@code wait} seconds. */
    @ParameterizedTest(name = "{0} at once, then one at {1}s → wait {2}s")
    @CsvSource({
            "9,  0, 0",
            "10, 0, 6",
            "10, 5, 1",
            "10, 6, 0",
            "10, 60, 0",
            "20, 0, 6",
    })
    void tokensRefillAtTenPerMinute(int burst, long atSeconds, long wait) {
        AtomicLong now = new AtomicLong(1_000_000_000_000L);
        RateLimiter limiter = new RateLimiter(10, now::get);
        for (int i = 0; i < burst; i++) {
            limiter.acquire("198.51.100.9");
        }
        now.addAndGet(atSeconds * 1_000_000_000L);
        assertThat(limiter.acquire("198.51.100.9")).isEqualTo(wait);
    }
}
