package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;

/**
 * One secondary index: its entries in index-key order, each the item as the index projects it. Guarded by its
 * table's lock. Items lacking the index key are not in it (a sparse index).
 */
final class IndexStore {

    final IndexDef def;
    final TreeMap<StoreKey, ObjectNode> entries = new TreeMap<>();
    long sizeBytes;

    IndexStore(IndexDef def) {
        this.def = def;
    }

    /** The item as this index keeps it: all of it, its keys only, or its keys and the INCLUDE list. */
    ObjectNode project(KeySchema table, ObjectNode item) {
        if (def.projectionType().equals("ALL")) {
            return item;
        }
        ObjectNode p = Keys.keyOf(table, item);
        p.set(def.keys().hash().name(), item.get(def.keys().hash().name()));
        if (def.keys().range() != null) {
            p.set(def.keys().range().name(), item.get(def.keys().range().name()));
        }
        for (String a : def.nonKeyAttributes()) {
            JsonNode v = item.get(a);
            if (v != null) {
                p.set(a, v);
            }
        }
        return p;
    }

    void remove(KeySchema table, ObjectNode item) {
        StoreKey k = Keys.indexKey(def, table, item);
        if (k != null) {
            ObjectNode old = entries.remove(k);
            if (old != null) {
                sizeBytes -= ItemSize.of(old);
            }
        }
    }

    void add(KeySchema table, ObjectNode item) {
        StoreKey k = Keys.indexKey(def, table, item);
        if (k != null) {
            ObjectNode p = project(table, item);
            ObjectNode old = entries.put(k, p);
            if (old != null) {
                sizeBytes -= ItemSize.of(old);
            }
            sizeBytes += ItemSize.of(p);
        }
    }
}
