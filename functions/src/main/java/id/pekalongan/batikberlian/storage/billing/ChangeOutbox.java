package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The age-outs and lapses a period's run decided ({@code CHANGE#<nik>} items of the billing table), kept apart from
 * the applicants so that deciding and applying can be interrupted between the two: see {@link StatusChange}.
 */
public final class ChangeOutbox {

    public static final String CHANGE = "CHANGE#";

    private final BillingTable table;

    public ChangeOutbox(DynamoDbClient dynamo, String table, WriteCounter writes) {
        this.table = new BillingTable(dynamo, table, writes);
    }

    /** @return false when an earlier attempt recorded it already */
    public boolean putChange(BillingPeriod period, StatusChange c) {
        Map<String, AttributeValue> item = new HashMap<>(BillingTable.key(period, CHANGE + c.nik()));
        // Not "nik": the byNik index is for bills only.
        item.put("participant", s(c.nik()));
        item.put("toStatus", s(c.toStatus()));
        item.put("reason", s(c.reason()));
        item.put("programmeYear", n(c.programmeYear()));
        item.put("state", s(c.state()));
        item.put("slotReleased", Attr.bool(c.slotReleased()));
        return table.putIfAbsent(item);
    }

    public List<StatusChange> changes(BillingPeriod period) {
        List<StatusChange> out = new ArrayList<>();
        table.query(period.toString(), CHANGE, null).forEach(item -> out.add(new StatusChange(
                Attr.string(item, "participant"), Attr.string(item, "toStatus"), Attr.string(item, "reason"),
                (int) Attr.number(item, "programmeYear", 0), Attr.string(item, "state"),
                Boolean.TRUE.equals(item.get("slotReleased").bool()))));
        return out;
    }

    public void markChange(BillingPeriod period, String nik, String state, boolean slotReleased) {
        table.update(period, CHANGE + nik, b -> b
                .updateExpression("SET #s = :s, slotReleased = :r")
                .expressionAttributeNames(Map.of("#s", "state"))
                .expressionAttributeValues(Map.of(":s", s(state), ":r", Attr.bool(slotReleased))));
    }
}
