package id.pekalongan.batikberlian.functions.api.routes.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per source address, held in one Lambda container's memory. It does not stop a patient attacker
 * spread over many containers, but it makes guessing birth dates for a known NIK slow and noisy, which is what the
 * public status check needs. The table is bounded: the least recently seen addresses are forgotten first.
 */
public final class RateLimiter {

    private static final int MAX_ADDRESSES = 10_000;

    private final int capacity;
    private final long nanosPerToken;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** @param perMinute both the burst allowed and the refill rate */
    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.capacity = perMinute;
        this.nanosPerToken = 60_000_000_000L / perMinute;
        this.nanoClock = nanoClock;
    }

    /** @return 0 when the request may go ahead, else the whole seconds to wait before the next one will */
    public synchronized long acquire(String address) {
        long now = nanoClock.getAsLong();
        Bucket b = buckets.computeIfAbsent(address == null ? "-" : address, a -> new Bucket(capacity, now));
        long earned = (now - b.updated) / nanosPerToken;
        if (earned > 0) {
            b.tokens = (int) Math.min(capacity, b.tokens + earned);
            b.updated = b.tokens == capacity ? now : b.updated + earned * nanosPerToken;
        }
        if (b.tokens > 0) {
            b.tokens--;
            return 0;
        }
        long wait = b.updated + nanosPerToken - now;
        return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
    }

    private static final class Bucket {
        int tokens;
        long updated;

        Bucket(int tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
