package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.B;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.BOOL;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.BS;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.L;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.M;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.N;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.NS;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.NULL;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.S;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.SS;
import static id.pekalongan.batikberlian.dynamodb.expr.AttributeValues.type;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Sizes of values as DynamoDB counts them ("Item sizes and formats" in the Developer Guide). */
final class ValueSizes {

    private ValueSizes() {
    }

    static long size(JsonNode value) {
        String type = type(value);
        JsonNode body = value.get(type);
        switch (type) {
            case S:
                return Utf8.length(body.asText());
            case N:
                return Numbers.size(body.asText());
            case B:
                return binaryLength(body.asText());
            case BOOL:
            case NULL:
                return 1;
            case SS: {
                long total = 0;
                for (JsonNode e : body) {
                    total += Utf8.length(e.asText());
                }
                return total;
            }
            case NS: {
                long total = 0;
                for (JsonNode e : body) {
                    total += Numbers.size(e.asText());
                }
                return total;
            }
            case BS: {
                long total = 0;
                for (JsonNode e : body) {
                    total += binaryLength(e.asText());
                }
                return total;
            }
            case L: {
                // 3 bytes for the container, 1 per element for its type marker.
                long total = 3;
                for (JsonNode e : body) {
                    total += 1 + size(e);
                }
                return total;
            }
            case M: {
                long total = 3;
                for (Map.Entry<String, JsonNode> field : body.properties()) {
                    total += 1 + Utf8.length(field.getKey()) + size(field.getValue());
                }
                return total;
            }
            default:
                return 0;
        }
    }

    /** Decoded length from the text alone, without decoding: every 4 characters hold 3 bytes, less the padding. */
    private static long binaryLength(String base64) {
        int n = base64.length();
        int padding = n > 0 && base64.charAt(n - 1) == '=' ? (n > 1 && base64.charAt(n - 2) == '=' ? 2 : 1) : 0;
        return n / 4 * 3L - padding;
    }
}
