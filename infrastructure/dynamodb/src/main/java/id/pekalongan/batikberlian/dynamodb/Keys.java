package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/** Key attributes: checking them as DynamoDB does, and turning them into store positions. */
final class Keys {

    static final String NO_MATCH = "The provided key element does not match the schema";

    private Keys() {
    }

    /** The type name of a wire value ({"S":"x"} → "S"), or null when it is not one. */
    static String typeOf(JsonNode v) {
        if (v == null || !v.isObject() || v.size() != 1) {
            return null;
        }
        return v.fieldNames().next();
    }

    private static String scalar(JsonNode v, String type) {
        return v.get(type).asText();
    }

    /** Checks a Key parameter (GetItem, DeleteItem, UpdateItem, …): exactly the key attributes, typed as declared. */
    static void checkKey(TableSchema s, ObjectNode key) {
        if (key == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'key' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        KeySchema ks = s.keys();
        if (key.size() != (ks.range() == null ? 1 : 2)) {
            throw DynamoDbException.validation(NO_MATCH);
        }
        checkKeyPart(key, ks.hash(), true);
        if (ks.range() != null) {
            checkKeyPart(key, ks.range(), true);
        }
    }

    private static void checkKeyPart(ObjectNode key, KeyDef def, boolean asKey) {
        JsonNode v = key.get(def.name());
        String t = typeOf(v);
        if (t == null || !t.equals(def.type())) {
            if (asKey) {
                throw DynamoDbException.validation(NO_MATCH);
            }
            if (t == null) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Missing the key "
                        + def.name() + " in the item");
            }
            throw DynamoDbException.validation("One or more parameter values were invalid: Type mismatch for key "
                    + def.name() + " expected: " + def.type() + " actual: " + t);
        }
        if (!t.equals("N") && scalar(v, t).isEmpty()) {
            throw DynamoDbException.validation("One or more parameter values are not valid. The AttributeValue for a "
                    + "key attribute cannot contain an empty " + (t.equals("S") ? "string" : "binary")
                    + " value. Key: " + def.name());
        }
    }

    /** Checks an item about to be stored: table key present and typed, index keys (when present) typed, not empty. */
    static void checkItem(TableSchema s, ObjectNode item) {
        checkKeyPart(item, s.keys().hash(), false);
        if (s.keys().range() != null) {
            checkKeyPart(item, s.keys().range(), false);
        }
        for (IndexDef idx : s.indexes()) {
            checkIndexPart(item, idx, idx.keys().hash());
            if (idx.keys().range() != null) {
                checkIndexPart(item, idx, idx.keys().range());
            }
        }
    }

    private static void checkIndexPart(ObjectNode item, IndexDef idx, KeyDef def) {
        JsonNode v = item.get(def.name());
        if (v == null) {
            return;
        }
        String t = typeOf(v);
        if (!def.type().equals(t)) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Type mismatch for Index "
                    + "Key " + def.name() + " Expected: " + def.type() + " Actual: " + t + " IndexName: " + idx.name());
        }
        if (!t.equals("N") && scalar(v, t).isEmpty()) {
            throw DynamoDbException.validation("One or more parameter values are not valid. A value specified for a "
                    + "secondary index key is not supported. The AttributeValue for a key attribute cannot contain an "
                    + "empty " + (t.equals("S") ? "string" : "binary") + " value. IndexName: " + idx.name()
                    + ", IndexKey: " + def.name());
        }
    }

    /** Only the table's key attributes of an item (or key). */
    static ObjectNode keyOf(KeySchema ks, ObjectNode item) {
        ObjectNode k = Json.object();
        k.set(ks.hash().name(), item.get(ks.hash().name()));
        if (ks.range() != null) {
            k.set(ks.range().name(), item.get(ks.range().name()));
        }
        return k;
    }

    /** The store position of an item or key in its table. */
    static StoreKey tableKey(KeySchema ks, ObjectNode item) {
        byte[] p = partition(item.get(ks.hash().name()), ks.hash().type());
        Comparable<?>[] sort = ks.range() == null ? new Comparable<?>[0]
                : new Comparable<?>[] {part(item.get(ks.range().name()), ks.range().type())};
        return new StoreKey(p, sort, 0);
    }

    /** The position of an item in an index, or null when the item lacks the index's keys (sparse index). */
    static StoreKey indexKey(IndexDef idx, KeySchema table, ObjectNode item) {
        KeySchema ks = idx.keys();
        JsonNode h = item.get(ks.hash().name());
        if (h == null || !ks.hash().type().equals(typeOf(h))) {
            return null;
        }
        JsonNode r = null;
        if (ks.range() != null) {
            r = item.get(ks.range().name());
            if (r == null || !ks.range().type().equals(typeOf(r))) {
                return null;
            }
        }
        int n = (r == null ? 0 : 1) + 1 + (table.range() == null ? 0 : 1);
        Comparable<?>[] sort = new Comparable<?>[n];
        int i = 0;
        if (r != null) {
            sort[i++] = part(r, ks.range().type());
        }
        sort[i++] = new StoreKey.Bytes(partition(item.get(table.hash().name()), table.hash().type()));
        if (table.range() != null) {
            sort[i] = part(item.get(table.range().name()), table.range().type());
        }
        return new StoreKey(partition(h, ks.hash().type()), sort, 0);
    }

    static byte[] partition(JsonNode v, String type) {
        return StoreKey.partitionBytes(type, scalar(v, type));
    }

    static Comparable<?> part(JsonNode v, String type) {
        return StoreKey.sortPart(type, scalar(v, type));
    }

    /** True when two keys (objects holding only key attributes) name the same item. */
    static boolean sameKey(KeySchema ks, ObjectNode a, ObjectNode b) {
        return tableKey(ks, a).compareTo(tableKey(ks, b)) == 0;
    }

    /** Refuses a key object naming attributes not in a given schema (ExclusiveStartKey). */
    static void onlyAttributes(ObjectNode key, java.util.Set<String> allowed) {
        for (Iterator<String> it = key.fieldNames(); it.hasNext(); ) {
            if (!allowed.contains(it.next())) {
                throw DynamoDbException.validation("The provided starting key is invalid: " + NO_MATCH);
            }
        }
    }
}
