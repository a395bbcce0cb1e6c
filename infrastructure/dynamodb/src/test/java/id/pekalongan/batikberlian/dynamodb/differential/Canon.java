package id.pekalongan.batikberlian.dynamodb.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Attribute values in one canonical text, so that two engines' answers compare as strings: map keys in order, set
 * members in order (a set has no order in DynamoDB), numbers by value (DynamoDB trims leading and trailing zeros:
 * {@code 1.50} and {@code 1.5} are one number), binary as base64.
 */
final class Canon {

    private Canon() {
    }

    static String item(Map<String, AttributeValue> item) {
        if (item == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("{");
        new TreeMap<>(item).forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append(k).append('=').append(value(v));
        });
        return b.append('}').toString();
    }

    static List<String> items(List<Map<String, AttributeValue>> items) {
        List<String> out = new ArrayList<>();
        for (Map<String, AttributeValue> i : items) {
            out.add(item(i));
        }
        return out;
    }

    static List<String> sortedItems(List<Map<String, AttributeValue>> items) {
        List<String> out = items(items);
        out.sort(null);
        return out;
    }

    static String number(String n) {
        BigDecimal d = new BigDecimal(n);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    static String value(AttributeValue v) {
        if (v == null) {
            return "null";
        }
        switch (v.type()) {
            case S:
                return "S'" + v.s() + "'";
            case N:
                return "N" + number(v.n());
            case B:
                return "B" + b64(v.b());
            case BOOL:
                return "BOOL" + v.bool();
            case NUL:
                return "NULL";
            case SS: {
                List<String> m = new ArrayList<>(v.ss());
                m.sort(null);
                return "SS" + m;
            }
            case NS: {
                List<BigDecimal> m = new ArrayList<>();
                v.ns().forEach(n -> m.add(new BigDecimal(n)));
                m.sort(null);
                List<String> t = new ArrayList<>();
                m.forEach(d -> t.add(number(d.toPlainString())));
                return "NS" + t;
            }
            case BS: {
                List<String> m = new ArrayList<>();
                v.bs().forEach(x -> m.add(b64(x)));
                m.sort(null);
                return "BS" + m;
            }
            case L: {
                List<String> m = new ArrayList<>();
                v.l().forEach(x -> m.add(value(x)));
                return "L" + m;
            }
            case M:
                return "M" + item(v.m());
            default:
                return "?" + v;
        }
    }

    private static String b64(SdkBytes b) {
        return Base64.getEncoder().encodeToString(b.asByteArray());
    }
}
