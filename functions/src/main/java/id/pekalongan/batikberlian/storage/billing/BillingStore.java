package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BilledPeriod;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.Backoff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The billing table for one period's run. Layout (hash key {@code period}, range key {@code sk}):
 * <pre>
 * period=YYYY-MM  sk=LINE#&lt;nik&gt;            one bill line per participant (nik attribute feeds the byNik index)
 * period=YYYY-MM  sk=ADJUST#&lt;nik&gt;#&lt;n&gt;      a correction of an earlier, closed period
 * period=YYYY-MM  sk=CHANGE#&lt;nik&gt;          an age-out or lapse decided by the run (outbox)
 * period=YYYY-MM  sk=TOTAL#KEL#&lt;code&gt;      subtotal per kelurahan
 * period=YYYY-MM  sk=TOTAL#FUND#&lt;source&gt;   subtotal per budget line
 * period=YYYY-MM  sk=INVOICE               the invoice summary, final once status=COMPLETE
 * period=YYYY-MM  sk=RUN                   checkpoint and lease of the run
 * </pre>
 * Only LINE and ADJUST items carry a {@code nik} attribute, so the byNik index holds a participant's bills and
 * corrections and nothing else. Every item is written with a condition: a repeated run cannot change what an earlier
 * attempt wrote.
 */
public final class BillingStore {

    /** DynamoDB's limit on items in one transaction. */
    public static final int TRANSACTION_ITEMS = 25;

    public static final String LINE = "LINE#";
    public static final String ADJUST = "ADJUST#";
    public static final String CHANGE = "CHANGE#";
    public static final String TOTAL_KELURAHAN = "TOTAL#KEL#";
    public static final String TOTAL_FUND = "TOTAL#FUND#";
    public static final String INVOICE = "INVOICE";
    public static final String RUN = "RUN";

    private final DynamoDbClient dynamo;
    private final String table;
    private final WriteCounter writes;

    public BillingStore(DynamoDbClient dynamo, String table, WriteCounter writes) {
        this.dynamo = dynamo;
        this.table = table;
        this.writes = writes;
    }

    public String table() {
        return table;
    }

    /** How many lines of a batch this attempt wrote, and how many an earlier attempt had already written. */
    public record LineWrites(int written, int alreadyThere) {
    }

    // ---- run checkpoint and lease -------------------------------------------------------------------------------

    /**
     * Takes the period's lease for {@code owner} until {@code leaseUntilMillis}, unless another owner holds an
     * unexpired one. A second delivery of the same schedule finds the lease held and leaves the run to its holder.
     */
    public Optional<RunState> acquire(BillingPeriod period, String owner, long nowMillis, long leaseUntilMillis,
                                      String startedAt) {
        try {
            writes.request();
            Map<String, AttributeValue> after = dynamo.updateItem(b -> b.tableName(table).key(key(period, RUN))
                    .updateExpression("SET #o = :o, leaseUntil = :u, #st = if_not_exists(#st, :ip), "
                            + "pagesDone = if_not_exists(pagesDone, :zero), lastNik = if_not_exists(lastNik, :empty), "
                            + "startedAt = if_not_exists(startedAt, :at), updatedAt = :at ADD attempts :one")
                    .conditionExpression("attribute_not_exists(#o) OR leaseUntil < :now OR #o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner", "#st", "status"))
                    .expressionAttributeValues(Map.of(":o", s(owner), ":u", n(leaseUntilMillis),
                            ":ip", s(RunState.IN_PROGRESS), ":zero", n(0), ":empty", s(""), ":at", s(startedAt),
                            ":one", n(1), ":now", n(nowMillis)))
                    .returnValues("ALL_NEW")).attributes();
            return Optional.of(runState(after));
        } catch (ConditionalCheckFailedException held) {
            writes.conditionalFailure();
            return Optional.empty();
        }
    }

    public Optional<RunState> runState(BillingPeriod period) {
        return get(period, RUN).map(BillingStore::runState);
    }

    /** Records a finished page; refused (IllegalStateException) if the lease was lost to another owner. */
    public void checkpoint(BillingPeriod period, String owner, long pagesDone, String lastNik, String at) {
        try {
            writes.request();
            dynamo.updateItem(b -> b.tableName(table).key(key(period, RUN))
                    .updateExpression("SET pagesDone = :p, lastNik = :l, updatedAt = :at")
                    .conditionExpression("#o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":p", n(pagesDone), ":l", s(lastNik), ":at", s(at),
                            ":o", s(owner))));
        } catch (ConditionalCheckFailedException lost) {
            writes.conditionalFailure();
            throw new IllegalStateException("the lease of " + period + " was taken over", lost);
        }
    }

    public void completeRun(BillingPeriod period, String owner, String at) {
        writes.request();
        dynamo.updateItem(b -> b.tableName(table).key(key(period, RUN))
                .updateExpression("SET #st = :c, updatedAt = :at REMOVE #o, leaseUntil")
                .expressionAttributeNames(Map.of("#st", "status", "#o", "owner"))
                .expressionAttributeValues(Map.of(":c", s(RunState.COMPLETE), ":at", s(at))));
    }

    /** Gives the lease back so a retry need not wait for it to expire; a lease already lost is left alone. */
    public void release(BillingPeriod period, String owner) {
        try {
            writes.request();
            dynamo.updateItem(b -> b.tableName(table).key(key(period, RUN))
                    .updateExpression("REMOVE #o, leaseUntil")
                    .conditionExpression("#o = :o")
                    .expressionAttributeNames(Map.of("#o", "owner"))
                    .expressionAttributeValues(Map.of(":o", s(owner))));
        } catch (ConditionalCheckFailedException notOurs) {
            writes.conditionalFailure();
        }
    }

    private static RunState runState(Map<String, AttributeValue> item) {
        return new RunState(Attr.string(item, "status"), Attr.number(item, "pagesDone", 0),
                Optional.ofNullable(Attr.string(item, "lastNik")).orElse(""), Attr.number(item, "attempts", 0));
    }

    // ---- bill lines -----------------------------------------------------------------------------------------------

    /**
     * Writes the lines not yet stored, each with {@code attribute_not_exists}, 25 to a transaction: one request per
     * 25 participants, and a line an earlier attempt wrote is reported, never overwritten.
     */
    public LineWrites putLines(BillingPeriod period, List<BillLine> lines, String billedAt) {
        int written = 0;
        int there = 0;
        for (int i = 0; i < lines.size(); i += TRANSACTION_ITEMS) {
            List<BillLine> group = new ArrayList<>(lines.subList(i, Math.min(lines.size(), i + TRANSACTION_ITEMS)));
            int attempt = 0;
            while (!group.isEmpty()) {
                List<TransactWriteItem> puts = group.stream().map(l -> TransactWriteItem.builder()
                        .put(Put.builder().tableName(table).item(lineItem(period, l, billedAt))
                                .conditionExpression("attribute_not_exists(sk)").build()).build()).toList();
                try {
                    writes.request();
                    dynamo.transactWriteItems(b -> b.transactItems(puts));
                    written += group.size();
                    group.clear();
                } catch (TransactionCanceledException e) {
                    List<CancellationReason> reasons = e.cancellationReasons();
                    List<BillLine> retry = new ArrayList<>();
                    for (int k = 0; k < group.size(); k++) {
                        String code = k < reasons.size() ? reasons.get(k).code() : "None";
                        if ("ConditionalCheckFailed".equals(code)) {
                            there++;
                            writes.conditionalFailure();
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
        query(period.toString(), LINE, null).forEach(item -> lines.add(line(item)));
        return lines;
    }

    /** NIK → total of every line of a period, read with only those attributes. */
    public Map<String, Long> lineTotals(BillingPeriod period) {
        Map<String, Long> totals = new HashMap<>();
        query(period.toString(), LINE, "nik, #t").forEach(item ->
                totals.put(Attr.string(item, "nik"), Attr.number(item, "total", 0)));
        return totals;
    }

    /**
     * A participant's billed months from the byNik index (bill lines only; corrections do not make a month billed).
     * The index is eventually consistent: fine for earlier months, which were written at least a run ago.
     */
    public List<BilledPeriod> billsOf(String nik) {
        List<BilledPeriod> out = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName("byNik")
                        .keyConditionExpression("nik = :n")
                        .filterExpression("begins_with(sk, :line)")
                        .expressionAttributeValues(Map.of(":n", s(nik), ":line", s(LINE))))
                .items().forEach(item -> out.add(new BilledPeriod(BillingPeriod.parse(Attr.string(item, "period")),
                        Attr.number(item, "total", 0))));
        return out;
    }

    static Map<String, AttributeValue> lineItem(BillingPeriod period, BillLine l, String billedAt) {
        Map<String, AttributeValue> item = new HashMap<>(key(period, LINE + l.nik()));
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

    // ---- status changes (outbox) ---------------------------------------------------------------------------------

    /** @return false when an earlier attempt recorded it already */
    public boolean putChange(BillingPeriod period, StatusChange c) {
        Map<String, AttributeValue> item = new HashMap<>(key(period, CHANGE + c.nik()));
        // Not "nik": the byNik index is for bills only.
        item.put("participant", s(c.nik()));
        item.put("toStatus", s(c.toStatus()));
        item.put("reason", s(c.reason()));
        item.put("programmeYear", n(c.programmeYear()));
        item.put("state", s(c.state()));
        item.put("slotReleased", Attr.bool(c.slotReleased()));
        return putIfAbsent(item);
    }

    public List<StatusChange> changes(BillingPeriod period) {
        List<StatusChange> out = new ArrayList<>();
        query(period.toString(), CHANGE, null).forEach(item -> out.add(new StatusChange(
                Attr.string(item, "participant"), Attr.string(item, "toStatus"), Attr.string(item, "reason"),
                (int) Attr.number(item, "programmeYear", 0), Attr.string(item, "state"),
                Boolean.TRUE.equals(item.get("slotReleased").bool()))));
        return out;
    }

    public void markChange(BillingPeriod period, String nik, String state, boolean slotReleased) {
        writes.request();
        dynamo.updateItem(b -> b.tableName(table).key(key(period, CHANGE + nik))
                .updateExpression("SET #s = :s, slotReleased = :r")
                .expressionAttributeNames(Map.of("#s", "state"))
                .expressionAttributeValues(Map.of(":s", s(state), ":r", Attr.bool(slotReleased))));
    }

    // ---- adjustments ----------------------------------------------------------------------------------------------

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
        if (isClosed(period)) {
            throw new IllegalStateException("period " + period + " is closed; adjust in a later period");
        }
        for (int attempt = 0; ; attempt++) {
            int next = query(period.toString(), ADJUST + nik + "#", "sk").size() + 1;
            Map<String, AttributeValue> item = new HashMap<>(key(period, ADJUST + nik + "#" + next));
            item.put("nik", s(nik));
            item.put("sequence", n(next));
            item.put("correctsPeriod", s(correctsPeriod.toString()));
            item.put("jkk", n(jkk));
            item.put("jkm", n(jkm));
            item.put("total", n(jkk + jkm));
            item.put("reason", s(reason));
            item.put("status", s("ADJUSTMENT"));
            item.put("createdAt", s(at));
            if (putIfAbsent(item)) {
                return new Adjustment(period, nik, next, correctsPeriod, jkk, jkm, reason);
            }
            Backoff.pause(attempt);
        }
    }

    public List<Adjustment> adjustments(BillingPeriod period) {
        List<Adjustment> out = new ArrayList<>();
        query(period.toString(), ADJUST, null).forEach(item -> out.add(new Adjustment(period,
                Attr.string(item, "nik"), (int) Attr.number(item, "sequence", 0),
                BillingPeriod.parse(Attr.string(item, "correctsPeriod")), Attr.number(item, "jkk", 0),
                Attr.number(item, "jkm", 0), Attr.string(item, "reason"))));
        return out;
    }

    // ---- totals and invoice ---------------------------------------------------------------------------------------

    /**
     * Writes a subtotal unless it is stored with the same figures. Subtotals are recomputed from the lines at the end
     * of every attempt, so a figure from an interrupted attempt is replaced, never added to.
     */
    public boolean putTotal(BillingPeriod period, String sk, Map<String, AttributeValue> figures) {
        Map<String, AttributeValue> item = new HashMap<>(key(period, sk));
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
            writes.request();
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression(condition.toString())
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException same) {
            writes.conditionalFailure();
            return false;
        }
    }

    public List<Map<String, AttributeValue>> totals(BillingPeriod period) {
        return query(period.toString(), "TOTAL#", null);
    }

    public Optional<Map<String, AttributeValue>> invoice(BillingPeriod period) {
        return get(period, INVOICE);
    }

    public boolean isClosed(BillingPeriod period) {
        return invoice(period).map(i -> "COMPLETE".equals(Attr.string(i, "status"))).orElse(false);
    }

    /** Writes the final invoice; false when a complete one is stored already (it is never replaced). */
    public boolean completeInvoice(BillingPeriod period, Map<String, AttributeValue> figures) {
        Map<String, AttributeValue> item = new HashMap<>(key(period, INVOICE));
        item.putAll(figures);
        item.put("status", s("COMPLETE"));
        try {
            writes.request();
            dynamo.putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(sk) OR #s <> :c")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":c", s("COMPLETE"))));
            return true;
        } catch (ConditionalCheckFailedException closed) {
            writes.conditionalFailure();
            return false;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** Every item in one partition whose sort key starts with {@code prefix}, strongly consistent. */
    public List<Map<String, AttributeValue>> query(String pk, String prefix, String projection) {
        Map<String, String> names = new HashMap<>(Map.of("#p", "period"));
        if (projection != null && projection.contains("#t")) {
            names.put("#t", "total");
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(b -> {
            b.tableName(table).consistentRead(true)
                    .keyConditionExpression("#p = :p AND begins_with(sk, :prefix)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":p", s(pk), ":prefix", s(prefix)));
            if (projection != null) {
                b.projectionExpression(projection);
            }
        }).items().forEach(out::add);
        return out;
    }

    boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            writes.request();
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(sk)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            writes.conditionalFailure();
            return false;
        }
    }

    private Optional<Map<String, AttributeValue>> get(BillingPeriod period, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(period, sk))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    static Map<String, AttributeValue> key(BillingPeriod period, String sk) {
        return key(period.toString(), sk);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("period", s(pk), "sk", s(sk));
    }

    private static void putString(Map<String, AttributeValue> item, String name, String value) {
        if (value != null && !value.isEmpty()) {
            item.put(name, s(value));
        }
    }
}
