package id.pekalongan.batikberlian.storage;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with jitter for retried DynamoDB work (unprocessed items, transaction conflicts). */
public final class Backoff {

    /** How often a write cancelled only by another transaction's conflict is tried again before giving up. */
    public static final int CONFLICT_ATTEMPTS = 20;
    private static final long BASE_MILLIS = 25;
    private static final long CAP_MILLIS = 2_000;

    private Backoff() {
    }

    /** Sleeps before retry number {@code attempt}; attempt 0 does not sleep. */
    public static void pause(int attempt) {
        if (attempt <= 0) {
            return;
        }
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
