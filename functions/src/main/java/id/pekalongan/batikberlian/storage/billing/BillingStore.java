package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BilledPeriod;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.Backoff;
import id.pekalongan.batikberlian.storage.ReportCounters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A period's bill in the billing table ({@link BillingTable} has the layout): the bill lines
 * ({@code LINE#<nik>}, whose {@code nik} attribute feeds the byNik index), the subtotals per kelurahan and per budget
 * line ({@code TOTAL#...}) and the invoice summary ({@code INVOICE}), final once its status is COMPLETE.
 */
public final class BillingStore {

    public static final String LINE = "LINE#";
    public static final String TOTAL_KELURAHAN = "TOTAL#KEL#";
    public static final String TOTAL_FUND = "TOTAL#FUND#";
    public static final String INVOICE = "INVOICE";

    private final BillingTable table;

    public BillingStore(DynamoDbClient dynamo, String table, WriteCounter writes) {
        this.table = new BillingTable(dynamo, table, writes);
    }

    /** How many lines of a batch this attempt wrote, and how many an earlier attempt had already written. */
    public record LineWrites(int written, int alreadyThere) {
    }

    // ---- bill lines -----------------------------------------------------------------------------------------------

    /**
     * Writes the lines not yet stored, each with {@code attribute_not_exists}, 25 to a transaction: one request per
     * 25 participants, and a line an earlier attempt wrote is reported, never overwritten.
     */
    public LineWrites putLines(BillingPeriod period, List<BillLine> lines, String billedAt) {
        int written = 0;
        int there = 0;
        for (int i = 0; i < lines.size(); i += BillingTable.TRANSACTION_ITEMS) {
            List<BillLine> group = new ArrayList<>(lines.subList(i,
                    Math.min(lines.size(), i + BillingTable.TRANSACTION_ITEMS)));
            int attempt = 0;
            while (!group.isEmpty()) {
                List<TransactWriteItem> puts = group.stream()
                        .map(l -> table.putIfAbsentInTransaction(lineItem(period, l, billedAt))).toList();
                try {
                    table.transact(puts);
                    written += group.size();
                    group.clear();
                } catch (TransactionCanceledException e) {
                    List<CancellationReason> reasons = e.cancellationReasons();
                    List<BillLine> retry = new ArrayList<>();
                    for (int k = 0; k < group.size(); k++) {
                        String code = k < reasons.size() ? reasons.get(k).code() : "None";
                        if ("ConditionalCheckFailed".equals(code)) {
                            there++;
                            table.refused();
                        } else {
                            retry.add(group.get(k));
                        }
                    }
                    group = retry;
                    // Only a conflict or throttle is worth a pause; lines already there just drop out.
                    boolean onlyExisting = reasons.stream().allMatch(r -> "ConditionalCheckFailed".equals(r.code())
                            || "None".equals(r.code()) || r.code() == null);
                    Backoff.pause(onlyExisting ? 0 : ++attempt);
                }
            }
        }
        return new LineWrites(written, there);
    }

    public List<BillLine> lines(BillingPeriod period) {
        List<BillLine> lines = new ArrayList<>();
        table.query(period.toString(), LINE, null).forEach(item -> lines.add(line(item)));
        return lines;
    }

    /** NIK → total of every line of a period, read with only those attributes. */
    public Map<String, Long> lineTotals(BillingPeriod period) {
        Map<String, Long> totals = new HashMap<>();
        table.query(period.toString(), LINE, "nik, #t").forEach(item ->
                totals.put(Attr.string(item, "nik"), Attr.number(item, "total", 0)));
        return totals;
    }

    /**
     * A participant's billed months from the byNik index (bill lines only; corrections do not make a month billed),
     * so eventually consistent.
     */
    public List<BilledPeriod> billsOf(String nik) {
        List<BilledPeriod> out = new ArrayList<>();
        table.byNik(nik, LINE).forEach(item -> out.add(new BilledPeriod(
                BillingPeriod.parse(Attr.string(item, "period")), Attr.number(item, "total", 0))));
        return out;
    }

    /** A participant's bill lines with their status, from the byNik index (eventually consistent). */
    public List<ParticipantBill> billLinesOf(String nik) {
        List<ParticipantBill> out = new ArrayList<>();
        table.byNik(nik, LINE).forEach(item -> out.add(new ParticipantBill(Attr.string(item, "period"),
                Attr.number(item, "total", 0), Attr.string(item, "status"))));
        return out;
    }

    static Map<String, AttributeValue> lineItem(BillingPeriod period, BillLine l, String billedAt) {
        Map<String, AttributeValue> item = new HashMap<>(BillingTable.key(period, LINE + l.nik()));
        item.put("nik", s(l.nik()));
        putString(item, "name", l.name());
        putString(item, "birthDate", l.birthDate() == null ? null : l.birthDate().toString());
        putString(item, "occupation", l.occupation());
        putString(item, "kelurahanCode", l.kelurahanCode());
        item.put("declaredIncome", n(l.declaredIncome()));
        item.put("jkk", n(l.jkk()));
        item.put("jkm", n(l.jkm()));
        item.put("total", n(l.total()));
        item.put("rateVersion", s(l.rateVersion()));
        if (l.programmeYear() != null) {
            item.put("programmeYear", n(l.programmeYear()));
        }
        item.put("status", s("BILLED"));
        item.put("billedAt", s(billedAt));
        return item;
    }

    static BillLine line(Map<String, AttributeValue> item) {
        String birth = Attr.string(item, "birthDate");
        return new BillLine(Attr.string(item, "nik"), Attr.string(item, "name"),
                birth == null ? null : LocalDate.parse(birth), Attr.string(item, "occupation"),
                Attr.string(item, "kelurahanCode"), Attr.number(item, "declaredIncome", 0),
                Attr.number(item, "jkk", 0), Attr.number(item, "jkm", 0), Attr.number(item, "total", 0),
                Attr.string(item, "rateVersion"),
                item.containsKey("programmeYear") ? (int) Attr.number(item, "programmeYear", 0) : null);
    }

    // ---- totals and invoice ---------------------------------------------------------------------------------------

    /**
     * Writes a subtotal unless it is stored with the same figures. Subtotals are recomputed from the lines at the end
     * of every attempt, so a figure from an interrupted attempt is replaced, never added to.
     */
    public boolean putTotal(BillingPeriod period, String sk, Map<String, ?> plainFigures) {
        Map<String, AttributeValue> figures = Attr.fromPlain(plainFigures);
        Map<String, AttributeValue> item = new HashMap<>(BillingTable.key(period, sk));
        item.putAll(figures);
        StringBuilder condition = new StringBuilder("attribute_not_exists(sk)");
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : figures.entrySet()) {
            names.put("#a" + i, e.getKey());
            values.put(":v" + i, e.getValue());
            condition.append(" OR #a").append(i).append(" <> :v").append(i);
            i++;
        }
        try {
            table.put(item, b -> b.conditionExpression(condition.toString())
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException same) {
            table.refused();
            return false;
        }
    }

    /** The period's subtotals as plain values ({@link Attr#plain}), each with its sort key under {@code sk}. */
    public List<SortedMap<String, Object>> totals(BillingPeriod period) {
        return table.query(period.toString(), "TOTAL#", null).stream().map(t -> Attr.plain(t, "period")).toList();
    }

    /** The period's invoice as plain values ({@link Attr#plain}); its {@code period} attribute names the period. */
    public Optional<SortedMap<String, Object>> invoice(BillingPeriod period) {
        return table.get(period, INVOICE).map(i -> Attr.plain(i, "sk"));
    }

    public boolean isClosed(BillingPeriod period) {
        return invoice(period).map(i -> "COMPLETE".equals(i.get("status"))).orElse(false);
    }

    /** Writes the final invoice; false when a complete one is stored already (it is never replaced). */
    public boolean completeInvoice(BillingPeriod period, Map<String, ?> figures) {
        Map<String, AttributeValue> item = Attr.fromPlain(figures);
        item.putAll(BillingTable.key(period, INVOICE));
        item.put("status", s("COMPLETE"));
        Map<String, AttributeValue> billed = new HashMap<>(Map.of("period", s(ReportCounters.BILLED),
                "sk", s(period.toString())));
        billed.put("participants", n(Attr.number(item, "participants", 0)));
        billed.put("amount", n(Attr.number(item, "amount", 0)));
        try {
            // The dashboard's line for the period is written with the invoice, so it exists exactly when the
            // invoice is final and says what the invoice says.
            table.transact(List.of(
                    TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                            .conditionExpression("attribute_not_exists(sk) OR #s <> :c")
                            .expressionAttributeNames(Map.of("#s", "status"))
                            .expressionAttributeValues(Map.of(":c", s("COMPLETE"))).build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(billed).build())
                            .build()));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().noneMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                throw e;
            }
            table.refused();
            return false;
        }
    }

    private static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }
}
