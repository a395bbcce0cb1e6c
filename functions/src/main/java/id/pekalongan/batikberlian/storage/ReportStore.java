package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The dashboard's figures, read from the counters the writes keep ({@link ReportCounters}): one query per figure,
 * however many participants, claims or bill lines there are. {@link #rebuild} recounts them from the tables, for a
 * deployment whose tables were filled before the counters existed ({@link #buildOnce}) or a repair.
 */
@Component
public class ReportStore {

    /** Participants of one kelurahan, occupation and status; null codes are those the record does not have. */
    public record ParticipantCount(String kelurahanCode, String occupationCode, String status, long count) {
    }

    public record ClaimTotal(String type, long count, long totalCash, long scholarshipTotal) {
    }

    /** A period's final invoice, as the dashboard shows it. */
    public record PeriodBilled(String period, long participants, long amount) {
    }

    /** Premium payments recorded in one month (of the payment date). */
    public record MonthPaid(String month, long payments, long amount) {
    }

    /** Every figure, for comparing what the writes kept with what a rebuild counts. */
    public record Figures(List<ParticipantCount> participants, List<ClaimTotal> claims, List<PeriodBilled> billed,
                          List<MonthPaid> paid) {
    }

    private static final int BATCH = 25;

    private final DynamoDbClient dynamo;
    private final String programme;
    private final String billing;
    private final String applicants;
    private final String claims;

    public ReportStore(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.programme = resources.programmeTable();
        this.billing = resources.billingTable();
        this.applicants = resources.applicantsTable();
        this.claims = resources.claimsTable();
    }

    /** Non-zero counts, by kelurahan, occupation and status. */
    public List<ParticipantCount> participants() {
        List<ParticipantCount> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition(programme, "pk", ReportCounters.PARTICIPANTS)) {
            String sk = Attr.string(item, "sk");
            new TreeMap<>(item).forEach((name, value) -> {
                if (name.contains(ReportCounters.SEPARATOR) && value.n() != null && Long.parseLong(value.n()) != 0) {
                    ReportCounters.Cell cell = ReportCounters.Cell.parse(sk, name);
                    out.add(new ParticipantCount(cell.kelurahanCode(), cell.occupationCode(), cell.status(),
                            Long.parseLong(value.n())));
                }
            });
        }
        return out;
    }

    public List<ClaimTotal> claims() {
        List<ClaimTotal> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition(programme, "pk", ReportCounters.CLAIMS)) {
            long count = Attr.number(item, "claims", 0);
            if (count != 0) {
                out.add(new ClaimTotal(ReportCounters.orNull(Attr.string(item, "sk")), count,
                        Attr.number(item, "totalCash", 0), Attr.number(item, "scholarshipTotal", 0)));
            }
        }
        return out;
    }

    /** Every closed period, oldest first. */
    public List<PeriodBilled> billed() {
        List<PeriodBilled> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition(billing, "period", ReportCounters.BILLED)) {
            out.add(new PeriodBilled(Attr.string(item, "sk"), Attr.number(item, "participants", 0),
                    Attr.number(item, "amount", 0)));
        }
        return out;
    }

    /** Payments by the month they were paid, oldest first. */
    public List<MonthPaid> paid() {
        List<MonthPaid> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : partition(billing, "period", ReportCounters.PAID)) {
            out.add(new MonthPaid(Attr.string(item, "sk"), Attr.number(item, "payments", 0),
                    Attr.number(item, "amount", 0)));
        }
        return out;
    }

    public Figures figures() {
        return new Figures(participants(), claims(), billed(), paid());
    }

    /**
     * Builds the counters from the tables unless a build has been recorded: the billing function calls it before
     * each run, so a deployment whose tables were filled before the counters existed gets them at its first monthly
     * run. Deleting the {@code pk=REPORT#BUILT} item asks for a recount at the next run.
     *
     * @return whether this call rebuilt them
     */
    public boolean buildOnce(Instant now) {
        Map<String, AttributeValue> marker = dynamo.getItem(b -> b.tableName(programme).key(builtKey())
                .consistentRead(true)).item();
        if (marker != null && !marker.isEmpty()) {
            return false;
        }
        rebuild(now);
        return true;
    }

    /**
     * Recounts every figure from the tables and replaces the stored counters with the result. It reads every
     * applicant, claim and billing item, so it is for a deployment's first use of the counters or a repair, run
     * while nothing else writes: a change stored during the recount may be missed by it.
     *
     * @return the figures as now stored
     */
    public Figures rebuild(Instant now) {
        Map<String, Map<String, Long>> byKelurahan = new TreeMap<>();
        scan(applicants, "nik, kelurahanCode, occupationCode, #s", Map.of("#s", "status"), null, Map.of(), item -> {
            if (Retention.isRedacted(Attr.string(item, "nik")) || Attr.string(item, "status") == null) {
                return;
            }
            ReportCounters.Cell cell = new ReportCounters.Cell(Attr.string(item, "kelurahanCode"),
                    Attr.string(item, "occupationCode"), Attr.string(item, "status"));
            byKelurahan.computeIfAbsent(cell.sk(), k -> new TreeMap<>()).merge(cell.attribute(), 1L, Long::sum);
        });
        Map<String, long[]> byType = new TreeMap<>();
        scan(claims, "#t, breakdown, totalCash, scholarshipTotal", Map.of("#t", "type"), null, Map.of(), item -> {
            ClaimAmounts amounts = ClaimAmounts.of(item);
            long[] t = byType.computeIfAbsent(ReportCounters.orNone(Attr.string(item, "type")), k -> new long[3]);
            t[0]++;
            t[1] += amounts.totalCash();
            t[2] += amounts.scholarshipTotal();
        });
        Map<String, long[]> byPeriod = new TreeMap<>();
        Map<String, long[]> byMonthPaid = new TreeMap<>();
        scan(billing, "#p, sk, participants, amount, paidOn", Map.of("#p", "period"),
                "sk = :invoice OR begins_with(#p, :payment)",
                Map.of(":invoice", Attr.s("INVOICE"), ":payment", Attr.s("PAYMENT#")), item -> {
                    if ("INVOICE".equals(Attr.string(item, "sk"))) {
                        byPeriod.put(Attr.string(item, "period"), new long[] {
                                Attr.number(item, "participants", 0), Attr.number(item, "amount", 0)});
                    } else {
                        long[] t = byMonthPaid.computeIfAbsent(Attr.string(item, "paidOn").substring(0, 7),
                                k -> new long[2]);
                        t[0]++;
                        t[1] += Attr.number(item, "amount", 0);
                    }
                });

        List<Map<String, AttributeValue>> programmeItems = new ArrayList<>();
        byKelurahan.forEach((sk, counts) -> {
            Map<String, AttributeValue> item = key("pk", ReportCounters.PARTICIPANTS, sk);
            counts.forEach((name, n) -> item.put(name, Attr.n(n)));
            programmeItems.add(item);
        });
        byType.forEach((type, t) -> {
            Map<String, AttributeValue> item = key("pk", ReportCounters.CLAIMS, type);
            item.put("claims", Attr.n(t[0]));
            item.put("totalCash", Attr.n(t[1]));
            item.put("scholarshipTotal", Attr.n(t[2]));
            programmeItems.add(item);
        });
        List<Map<String, AttributeValue>> billingItems = new ArrayList<>();
        byPeriod.forEach((period, t) -> {
            Map<String, AttributeValue> item = key("period", ReportCounters.BILLED, period);
            item.put("participants", Attr.n(t[0]));
            item.put("amount", Attr.n(t[1]));
            billingItems.add(item);
        });
        byMonthPaid.forEach((month, t) -> {
            Map<String, AttributeValue> item = key("period", ReportCounters.PAID, month);
            item.put("payments", Attr.n(t[0]));
            item.put("amount", Attr.n(t[1]));
            billingItems.add(item);
        });
        replace(programme, "pk", List.of(ReportCounters.PARTICIPANTS, ReportCounters.CLAIMS), programmeItems);
        replace(billing, "period", List.of(ReportCounters.BILLED, ReportCounters.PAID), billingItems);
        Map<String, AttributeValue> marker = new HashMap<>(builtKey());
        marker.put("builtAt", Attr.s(now.toString()));
        dynamo.putItem(b -> b.tableName(programme).item(marker));
        return figures();
    }

    private static Map<String, AttributeValue> builtKey() {
        return Map.of("pk", Attr.s(ReportCounters.BUILT), "sk", Attr.s("COUNTERS"));
    }

    private List<Map<String, AttributeValue>> partition(String table, String pkName, String pk) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", pkName))
                        .expressionAttributeValues(Map.of(":pk", Attr.s(pk))))
                .items().forEach(out::add);
        return out;
    }

    private void scan(String table, String projection, Map<String, String> names, String filter,
                      Map<String, AttributeValue> values, java.util.function.Consumer<Map<String, AttributeValue>> each) {
        dynamo.scanPaginator(b -> {
            b.tableName(table).consistentRead(true).projectionExpression(projection).expressionAttributeNames(names);
            if (filter != null) {
                b.filterExpression(filter).expressionAttributeValues(values);
            }
        }).items().forEach(each);
    }

    /** Deletes the partitions' items that the new set does not hold and writes the new set. */
    private void replace(String table, String pkName, List<String> partitions, List<Map<String, AttributeValue>> items) {
        Map<List<String>, WriteRequest> writes = new LinkedHashMap<>();
        for (String pk : partitions) {
            for (Map<String, AttributeValue> old : partition(table, pkName, pk)) {
                Map<String, AttributeValue> key = key(pkName, pk, Attr.string(old, "sk"));
                writes.put(List.of(pk, Attr.string(old, "sk")),
                        WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
            }
        }
        for (Map<String, AttributeValue> item : items) {
            writes.put(List.of(Attr.string(item, pkName), Attr.string(item, "sk")),
                    WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        List<WriteRequest> all = new ArrayList<>(writes.values());
        for (int i = 0; i < all.size(); i += BATCH) {
            Map<String, List<WriteRequest>> request = Map.of(table, all.subList(i, Math.min(all.size(), i + BATCH)));
            int attempt = 0;
            while (!request.isEmpty()) {
                final Map<String, List<WriteRequest>> r = request;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(r));
                request = response.unprocessedItems();
                Backoff.pause(request.isEmpty() ? 0 : ++attempt);
            }
        }
    }

    private static Map<String, AttributeValue> key(String pkName, String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(pkName, Attr.s(pk));
        key.put("sk", Attr.s(sk));
        return key;
    }
}
