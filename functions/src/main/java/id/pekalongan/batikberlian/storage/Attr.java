package id.pekalongan.batikberlian.storage;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Short constructors and readers for DynamoDB attribute values, so storage code reads like the item it writes. */
public final class Attr {

    private Attr() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue bool(boolean value) {
        return AttributeValue.fromBool(value);
    }

    public static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    public static long number(Map<String, AttributeValue> item, String name, long absent) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? absent : Long.parseLong(v.n());
    }

    /**
     * An item as plain Java values — numbers as {@code Long}, strings, lists of strings, booleans — without the
     * attributes named in {@code leaveOut} (the table's keys), in name order, for an answer to serialise.
     */
    public static java.util.SortedMap<String, Object> plain(Map<String, AttributeValue> item, String... leaveOut) {
        java.util.Set<String> skip = java.util.Set.of(leaveOut);
        java.util.SortedMap<String, Object> out = new java.util.TreeMap<>();
        item.forEach((name, v) -> {
            if (skip.contains(name)) {
                return;
            }
            if (v.n() != null) {
                out.put(name, Long.parseLong(v.n()));
            } else if (v.s() != null) {
                out.put(name, v.s());
            } else if (v.hasL()) {
                out.put(name, v.l().stream().map(AttributeValue::s).toList());
            } else if (v.bool() != null) {
                out.put(name, v.bool());
            }
        });
        return out;
    }

    /** The reverse of {@link #plain}: numbers, strings, lists of strings and booleans as attribute values. */
    public static Map<String, AttributeValue> fromPlain(Map<String, ?> values) {
        Map<String, AttributeValue> item = new java.util.HashMap<>();
        values.forEach((name, v) -> {
            if (v instanceof Number number) {
                item.put(name, n(number.longValue()));
            } else if (v instanceof String text) {
                item.put(name, s(text));
            } else if (v instanceof java.util.Collection<?> list) {
                item.put(name, AttributeValue.fromL(list.stream().map(x -> s(String.valueOf(x))).toList()));
            } else if (v instanceof Boolean flag) {
                item.put(name, bool(flag));
            } else if (v != null) {
                throw new IllegalArgumentException(name + ": no attribute type for " + v.getClass().getName());
            }
        });
        return item;
    }
}
