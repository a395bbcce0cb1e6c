package id.pekalongan.batikberlian.storage;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.json.Json;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The money of a stored claim. The breakdown may be kept as a map or as the JSON text of the priced claim; top-level
 * {@code totalCash}/{@code scholarshipTotal} attributes win when present, so reports read whichever layout is written.
 */
public record ClaimAmounts(long totalCash, long scholarshipTotal) {

    public static ClaimAmounts of(Map<String, AttributeValue> item) {
        long cash = -1;
        long scholarship = -1;
        AttributeValue breakdown = item.get("breakdown");
        if (breakdown != null && breakdown.hasM()) {
            cash = Attr.number(breakdown.m(), "totalCash", -1);
            scholarship = Attr.number(breakdown.m(), "scholarshipTotal", -1);
        } else if (breakdown != null && breakdown.s() != null) {
            try {
                JsonNode b = Json.MAPPER.readTree(breakdown.s());
                cash = b.path("totalCash").asLong(-1);
                scholarship = b.path("scholarshipTotal").asLong(-1);
            } catch (java.io.IOException e) {
                // An unreadable breakdown counts as no amount rather than breaking the whole report.
            }
        }
        cash = Attr.number(item, "totalCash", cash);
        scholarship = Attr.number(item, "scholarshipTotal", scholarship);
        return new ClaimAmounts(Math.max(0, cash), Math.max(0, scholarship));
    }
}
