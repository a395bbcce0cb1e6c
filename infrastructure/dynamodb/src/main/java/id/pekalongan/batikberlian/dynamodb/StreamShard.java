package id.pekalongan.batikberlian.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One stream of a table, served as one shard. Records are kept in memory, in commit order, for 24 hours. Sequence
 * numbers come from one counter for the whole process, started from the clock so they keep increasing across
 * restarts (a checkpoint taken before a restart still sorts before every new record).
 */
final class StreamShard {

    static final long RETENTION_MILLIS = 24L * 3600 * 1000;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

    final String tableName;
    final String label;
    final String viewType;
    final KeySchema keys;
    final String shardId;
    final long createdMillis;
    final long startingSequence;
    private final List<StreamRecord> records = new ArrayList<>();
    /** Records with a sequence number at most this were trimmed. */
    private long trimmedThrough;
    private volatile long endingSequence = -1;

    StreamShard(String tableName, String label, String viewType, KeySchema keys, long now) {
        this.tableName = tableName;
        this.label = label;
        this.viewType = viewType;
        this.keys = keys;
        this.createdMillis = now;
        this.startingSequence = SEQUENCE.get() + 1;
        this.trimmedThrough = startingSequence - 1;
        // Named after the stream, not the process: a reader's checkpoint per shard stays valid across restarts.
        this.shardId = String.format("shardId-%020d-%08x", labelMillis(label, now), (tableName + label).hashCode());
    }

    private static long labelMillis(String label, long fallback) {
        try {
            return java.time.LocalDateTime.parse(label).toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    static long nextSequence() {
        return SEQUENCE.incrementAndGet();
    }

    static String format(long sequence) {
        return "1" + String.format("%020d", sequence);
    }

    /** The number a formatted sequence number stands for, or -1 when it is not one of ours. */
    static long parse(String s) {
        if (s == null || s.length() != 21 || s.charAt(0) != '1') {
            return -1;
        }
        try {
            return Long.parseLong(s.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    boolean enabled() {
        return endingSequence < 0;
    }

    long endingSequence() {
        return endingSequence;
    }

    synchronized void disable() {
        endingSequence = records.isEmpty() ? trimmedThrough : records.get(records.size() - 1).sequence();
    }

    /** Appends a transaction's records to this stream at once, so readers see all or none of them. */
    synchronized void append(List<StreamRecord> batch) {
        records.addAll(batch);
        trim(EngineClock.millis());
    }

    synchronized long trimmedThrough() {
        trim(EngineClock.millis());
        return trimmedThrough;
    }

    synchronized long lastSequence() {
        return records.isEmpty() ? trimmedThrough : records.get(records.size() - 1).sequence();
    }

    /** Up to {@code limit} records with a sequence number of at least {@code from}. */
    synchronized List<StreamRecord> read(long from, int limit) {
        trim(EngineClock.millis());
        int lo = 0;
        int hi = records.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).sequence() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new ArrayList<>(records.subList(lo, Math.min(records.size(), lo + limit)));
    }

    private void trim(long now) {
        int n = 0;
        while (n < records.size() && records.get(n).createdMillis() < now - RETENTION_MILLIS) {
            n++;
        }
        if (n > 0) {
            trimmedThrough = records.get(n - 1).sequence();
            records.subList(0, n).clear();
        }
    }
}
