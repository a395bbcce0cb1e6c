package id.pekalongan.batikberlian.dynamodb;

/**
 * The time the engine's time limits are measured by (stream retention, iterator expiry, idempotency tokens, TTL).
 * Tests move it forward to see a day's retention or a quarter hour's expiry without waiting for them.
 */
final class EngineClock {

    private static volatile long offsetMillis;

    private EngineClock() {
    }

    static long millis() {
        return System.currentTimeMillis() + offsetMillis;
    }

    /** Moves the clock forward (tests only); {@link #reset()} brings it back. */
    static void advance(long millis) {
        offsetMillis += millis;
    }

    static void reset() {
        offsetMillis = 0;
    }
}
