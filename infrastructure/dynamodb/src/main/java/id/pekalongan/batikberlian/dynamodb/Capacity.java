package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Consumed capacity as DynamoDB computes it: a write unit per started KB of the larger of the item before and
 * after, a read unit per started 4 KB (half for an eventually consistent read), twice that within a transaction; a
 * global or local index written costs units of its own, counted in INDEXES mode.
 */
final class Capacity {

    private final String table;
    private final boolean write;
    private double tableUnits;
    private final Map<String, Double> gsi = new LinkedHashMap<>();
    private final Map<String, Double> lsi = new LinkedHashMap<>();

    Capacity(String table, boolean write) {
        this.table = table;
        this.write = write;
    }

    static boolean wanted(ObjectNode req) {
        String mode = Json.text(req, "ReturnConsumedCapacity");
        return mode != null && !mode.equals("NONE");
    }

    static boolean indexes(ObjectNode req) {
        return "INDEXES".equals(Json.text(req, "ReturnConsumedCapacity"));
    }

    static double writeUnits(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    static double readUnits(long bytes, boolean consistent) {
        double u = Math.max(1, (bytes + 4095) / 4096);
        return consistent ? u : u / 2;
    }

    void addTable(double units) {
        tableUnits += units;
    }

    /** Adds the index writes an item change causes. */
    void addIndexWrites(Table t, ObjectNode oldItem, ObjectNode newItem, double factor) {
        KeySchema ks = t.schema.keys();
        for (IndexStore i : t.indexes.values()) {
            StoreKey before = oldItem == null ? null : Keys.indexKey(i.def, ks, oldItem);
            StoreKey after = newItem == null ? null : Keys.indexKey(i.def, ks, newItem);
            double units = 0;
            if (before != null && after != null) {
                ObjectNode pb = i.project(ks, oldItem);
                ObjectNode pa = i.project(ks, newItem);
                if (before.compareTo(after) != 0) {
                    units = writeUnits(ItemSize.of(pb)) + writeUnits(ItemSize.of(pa));
                } else if (!ItemEquality.same(pb, pa)) {
                    units = writeUnits(Math.max(ItemSize.of(pb), ItemSize.of(pa)));
                }
            } else if (before != null) {
                units = writeUnits(ItemSize.of(i.project(ks, oldItem)));
            } else if (after != null) {
                units = writeUnits(ItemSize.of(i.project(ks, newItem)));
            }
            if (units > 0) {
                (i.def.global() ? gsi : lsi).merge(i.def.name(), units * factor, Double::sum);
            }
        }
    }

    ObjectNode toJson(boolean withIndexes) {
        double total = tableUnits;
        for (double d : gsi.values()) {
            total += d;
        }
        for (double d : lsi.values()) {
            total += d;
        }
        ObjectNode o = Json.object().put("TableName", table).put("CapacityUnits", total);
        o.put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", total);
        if (withIndexes) {
            o.putObject("Table").put("CapacityUnits", tableUnits)
                    .put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", tableUnits);
            if (!gsi.isEmpty()) {
                ObjectNode g = o.putObject("GlobalSecondaryIndexes");
                gsi.forEach((n, u) -> g.putObject(n).put("CapacityUnits", u)
                        .put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", u));
            }
            if (!lsi.isEmpty()) {
                ObjectNode l = o.putObject("LocalSecondaryIndexes");
                lsi.forEach((n, u) -> l.putObject(n).put("CapacityUnits", u)
                        .put(write ? "WriteCapacityUnits" : "ReadCapacityUnits", u));
            }
        }
        return o;
    }

    /** Adds read units of an index query to the index's entry (INDEXES mode). */
    void addIndexRead(IndexDef def, double units) {
        (def.global() ? gsi : lsi).merge(def.name(), units, Double::sum);
    }
}
