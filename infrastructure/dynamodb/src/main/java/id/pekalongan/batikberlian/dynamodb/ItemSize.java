package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Item sizes as DynamoDB counts them ("Item sizes and formats" in the Developer Guide): names and strings by their
 * UTF-8 length, numbers one byte per two significant digits plus one, binary by its bytes, booleans and nulls one
 * byte, lists and maps three bytes plus one per element plus their contents.
 */
final class ItemSize {

    static final long MAX_ITEM = 400 * 1024;

    private ItemSize() {
    }

    static long of(ObjectNode item) {
        if (item == null) {
            return 0;
        }
        long n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            n += utf8(e.getKey()) + value(e.getValue());
        }
        return n;
    }

    static long value(JsonNode v) {
        if (v == null || !v.isObject() || v.size() != 1) {
            return 0;
        }
        Map.Entry<String, JsonNode> e = v.fields().next();
        JsonNode x = e.getValue();
        return switch (e.getKey()) {
            case "S" -> utf8(x.asText());
            case "N" -> number(x.asText());
            case "B" -> binary(x.asText());
            case "BOOL", "NULL" -> 1;
            case "SS" -> {
                long n = 0;
                for (JsonNode s : x) {
                    n += utf8(s.asText());
                }
                yield n;
            }
            case "NS" -> {
                long n = 0;
                for (JsonNode s : x) {
                    n += number(s.asText());
                }
                yield n;
            }
            case "BS" -> {
                long n = 0;
                for (JsonNode s : x) {
                    n += binary(s.asText());
                }
                yield n;
            }
            case "L" -> {
                long n = 3;
                for (JsonNode s : x) {
                    n += 1 + value(s);
                }
                yield n;
            }
            case "M" -> {
                long n = 3;
                for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = it.next();
                    n += 1 + utf8(m.getKey()) + value(m.getValue());
                }
                yield n;
            }
            default -> 0;
        };
    }

    private static long number(String s) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                if (leading && c == '0') {
                    continue;
                }
                leading = false;
                digits++;
            }
        }
        return (digits + 1) / 2 + 1;
    }

    private static long binary(String base64) {
        int len = base64.length();
        int pad = len > 0 && base64.charAt(len - 1) == '=' ? (len > 1 && base64.charAt(len - 2) == '=' ? 2 : 1) : 0;
        return len / 4 * 3 - pad;
    }

    static long utf8(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        return ascii ? n : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
