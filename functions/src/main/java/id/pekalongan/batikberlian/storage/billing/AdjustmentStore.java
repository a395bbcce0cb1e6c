package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.Backoff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Corrections of closed periods ({@code ADJUST#<nik>#<n>} items of the billing table), each added to a later, open
 * period's bill. They carry a {@code nik} attribute, so a participant's corrections are found through the byNik index
 * next to the bills.
 */
public final class AdjustmentStore {

    public static final String ADJUST = "ADJUST#";

    private final BillingTable table;
    private final BillingStore bills;

    public AdjustmentStore(DynamoDbClient dynamo, String table, WriteCounter writes) {
        this.table = new BillingTable(dynamo, table, writes);
        this.bills = new BillingStore(dynamo, table, writes);
    }

    /**
     * Adds a correction of {@code correctsPeriod} to the open, later {@code period}, numbered after the
     * participant's earlier corrections there. Refused when {@code period} is not later or is already closed: a
     * closed invoice is never edited, not even by adding to it.
     */
    public Adjustment addAdjustment(BillingPeriod period, String nik, BillingPeriod correctsPeriod, long jkk, long jkm,
                                    String reason, String at) {
        if (!period.isAfter(correctsPeriod)) {
            throw new IllegalArgumentException("an adjustment belongs to a period after the one it corrects");
        }
        if (bills.isClosed(period)) {
            throw new IllegalStateException("period " + period + " is closed; adjust in a later period");
        }
        for (int attempt = 0; ; attempt++) {
            int next = table.query(period.toString(), ADJUST + nik + "#", "sk").size() + 1;
            Map<String, AttributeValue> item = new HashMap<>(BillingTable.key(period, ADJUST + nik + "#" + next));
            item.put("nik", s(nik));
            item.put("sequence", n(next));
            item.put("correctsPeriod", s(correctsPeriod.toString()));
            item.put("jkk", n(jkk));
            item.put("jkm", n(jkm));
            item.put("total", n(jkk + jkm));
            item.put("reason", s(reason));
            item.put("status", s("ADJUSTMENT"));
            item.put("createdAt", s(at));
            if (table.putIfAbsent(item)) {
                return new Adjustment(period, nik, next, correctsPeriod, jkk, jkm, reason);
            }
            Backoff.pause(attempt);
        }
    }

    public List<Adjustment> adjustments(BillingPeriod period) {
        List<Adjustment> out = new ArrayList<>();
        table.query(period.toString(), ADJUST, null).forEach(item -> out.add(new Adjustment(period,
                Attr.string(item, "nik"), (int) Attr.number(item, "sequence", 0),
                BillingPeriod.parse(Attr.string(item, "correctsPeriod")), Attr.number(item, "jkk", 0),
                Attr.number(item, "jkm", 0), Attr.string(item, "reason"))));
        return out;
    }
}
