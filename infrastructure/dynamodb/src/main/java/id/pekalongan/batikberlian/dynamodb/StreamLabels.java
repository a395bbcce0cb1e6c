package id.pekalongan.batikberlian.dynamodb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Stream labels as DynamoDB writes them (an ISO-8601 time to the millisecond), distinct even within a millisecond. */
final class StreamLabels {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final AtomicLong LAST = new AtomicLong();

    private StreamLabels() {
    }

    static String next(long nowMillis) {
        long t = LAST.updateAndGet(prev -> Math.max(prev + 1, nowMillis));
        return FORMAT.format(Instant.ofEpochMilli(t));
    }
}
