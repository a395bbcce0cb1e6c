package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A table's items in key order, its indexes and its streams. Every field but {@code lock} is guarded by
 * {@code lock}: readers hold its read lock for a whole request, writers its write lock from the condition check to
 * the commit, so a single-item write is atomic and a reader never sees half of a transaction. Stored items are never
 * changed in place (a write stores a new object), so they may be answered without copying.
 */
final class Table {

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    volatile TableSchema schema;
    final TreeMap<StoreKey, ObjectNode> items = new TreeMap<>();
    final Map<String, IndexStore> indexes = new LinkedHashMap<>();
    /** Every stream this table has had, the current one last. */
    final List<StreamShard> streams = new ArrayList<>();
    volatile long sizeBytes;
    volatile long itemCount;
    boolean deleted;

    Table(TableSchema schema) {
        this.schema = schema;
        for (IndexDef i : schema.indexes()) {
            indexes.put(i.name(), new IndexStore(i));
        }
    }

    /** The current stream, or null when the stream is off. */
    StreamShard stream() {
        if (streams.isEmpty()) {
            return null;
        }
        StreamShard s = streams.get(streams.size() - 1);
        return s.enabled() ? s : null;
    }

    ObjectNode get(StoreKey key) {
        return items.get(key);
    }

    /** Stores {@code newItem} (or deletes when null) at {@code key}, keeping the indexes and the counts. */
    void apply(StoreKey key, ObjectNode oldItem, ObjectNode newItem) {
        KeySchema ks = schema.keys();
        if (oldItem != null) {
            for (IndexStore i : indexes.values()) {
                i.remove(ks, oldItem);
            }
            sizeBytes -= ItemSize.of(oldItem);
            itemCount--;
        }
        if (newItem == null) {
            items.remove(key);
        } else {
            items.put(key, newItem);
            for (IndexStore i : indexes.values()) {
                i.add(ks, newItem);
            }
            sizeBytes += ItemSize.of(newItem);
            itemCount++;
        }
    }

    /** Fills a new index from the items already stored (UpdateTable's backfill). */
    void backfill(IndexStore index) {
        KeySchema ks = schema.keys();
        for (ObjectNode item : items.values()) {
            index.add(ks, item);
        }
    }
}
