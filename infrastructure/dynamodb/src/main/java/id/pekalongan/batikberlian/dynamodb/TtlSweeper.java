package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deletes expired items of tables with TTL enabled, as DynamoDB's TTL service does: an item whose TTL attribute is
 * a number of epoch seconds in the past (but not more than five years past, which DynamoDB ignores) is removed, and
 * its stream record names the service as the one who removed it. Expired keys are found under the read lock and
 * removed in small commits, each rechecking the item, so writers are held up only briefly.
 */
final class TtlSweeper implements AutoCloseable {

    static final long PERIOD_MILLIS = Long.getLong("batikberlian.dynamodb.ttlSweepMillis", 1000);
    private static final long FIVE_YEARS = 5L * 366 * 24 * 3600;
    private static final int BATCH = 500;

    private final Database db;
    private final Thread thread;
    private volatile boolean running = true;

    TtlSweeper(Database db) {
        this.db = db;
        this.thread = new Thread(this::run, "dynamodb-ttl");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(PERIOD_MILLIS);
                sweep();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    System.err.println("dynamodb: TTL sweep failed: " + e);
                }
            }
        }
    }

    static boolean expired(ObjectNode item, String attr, long nowSeconds) {
        JsonNode v = item == null ? null : item.get(attr);
        JsonNode n = v == null ? null : v.get("N");
        if (n == null) {
            return false;
        }
        try {
            BigDecimal at = new BigDecimal(n.asText());
            return at.compareTo(BigDecimal.valueOf(nowSeconds)) < 0
                    && at.compareTo(BigDecimal.valueOf(nowSeconds - FIVE_YEARS)) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    void sweep() {
        for (Table t : db.tables.values()) {
            String attr = t.schema.ttlAttribute();
            if (attr == null) {
                continue;
            }
            long now = EngineClock.millis() / 1000;
            List<StoreKey> keys = db.read(t, () -> {
                List<StoreKey> found = new ArrayList<>();
                for (Map.Entry<StoreKey, ObjectNode> e : t.items.entrySet()) {
                    if (expired(e.getValue(), attr, now)) {
                        found.add(e.getKey());
                    }
                }
                return found;
            });
            for (int i = 0; i < keys.size(); i += BATCH) {
                List<StoreKey> batch = keys.subList(i, Math.min(keys.size(), i + BATCH));
                try {
                    db.write(List.of(t), changes -> {
                        for (StoreKey k : batch) {
                            ObjectNode item = t.get(k);
                            if (expired(item, attr, EngineClock.millis() / 1000)) {
                                changes.add(new Change(t, k, item, null));
                            }
                        }
                        return null;
                    }, true);
                } catch (DynamoDbException gone) {
                    break;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
