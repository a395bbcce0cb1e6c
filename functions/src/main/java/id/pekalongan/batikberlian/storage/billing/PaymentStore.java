package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.ReportCounters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Premium payments, in the billing table, written twice in one transaction:
 * <pre>
 * period=PAYMENT#&lt;nik&gt;  sk=&lt;paymentId&gt;                  the payment, for a participant's arrears
 * period=YYYY-MM        sk=PAYMENT#&lt;nik&gt;#&lt;paymentId&gt;     one marker per month it names, so the monthly run reads
 *                                                      last month's payments in one partition query
 * </pre>
 * Neither carries a {@code nik} attribute, so the byNik index keeps to bill lines. The payment id makes recording
 * idempotent: the same id again is a duplicate when it says the same, a conflict when it does not.
 */
public final class PaymentStore {

    /** One transaction holds the payment, a marker per month (25 − 1) and the dashboard's count. */
    public static final int MAX_PERIODS = BillingTable.TRANSACTION_ITEMS - 1;
    public static final String PAYMENT = "PAYMENT#";

    public enum Outcome { RECORDED, DUPLICATE, CONFLICT }

    private final DynamoDbClient dynamo;
    private final String table;

    public PaymentStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public Outcome record(RecordedPayment p, String recordedAt) {
        if (p.periods().isEmpty() || p.periods().size() > MAX_PERIODS) {
            throw new IllegalArgumentException("a payment names 1 to " + MAX_PERIODS + " periods");
        }
        List<TransactWriteItem> puts = new ArrayList<>();
        puts.add(put(item(PAYMENT + p.nik(), p.paymentId(), p, recordedAt)));
        for (BillingPeriod period : p.periods()) {
            puts.add(put(item(period.toString(), PAYMENT + p.nik() + "#" + p.paymentId(), p, recordedAt)));
        }
        // Counted in the transaction that records it: a repeated payment id is cancelled with its count.
        puts.add(ReportCounters.add(table, Map.of("period", s(ReportCounters.PAID),
                "sk", s(BillingPeriod.containing(p.paidOn()).toString())),
                new java.util.LinkedHashMap<>(Map.of("payments", 1L, "amount", p.amount()))));
        try {
            dynamo.transactWriteItems(b -> b.transactItems(puts));
            return Outcome.RECORDED;
        } catch (TransactionCanceledException e) {
            boolean exists = e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
            if (!exists) {
                throw e;
            }
            Optional<RecordedPayment> stored = find(p.nik(), p.paymentId());
            return stored.isPresent() && stored.get().sameAs(p) ? Outcome.DUPLICATE : Outcome.CONFLICT;
        }
    }

    public Optional<RecordedPayment> find(String nik, String paymentId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("period", s(PAYMENT + nik), "sk", s(paymentId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(payment(item));
    }

    /** Every payment recorded for one participant. */
    public List<RecordedPayment> payments(String nik) {
        List<RecordedPayment> out = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#p = :p").expressionAttributeNames(Map.of("#p", "period"))
                        .expressionAttributeValues(Map.of(":p", s(PAYMENT + nik))))
                .items().forEach(item -> out.add(payment(item)));
        return out;
    }

    /** Payments naming {@code period}, by participant, from the period's markers. */
    public Map<String, List<RecordedPayment>> naming(BillingPeriod period) {
        Map<String, List<RecordedPayment>> out = new HashMap<>();
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#p = :p AND begins_with(sk, :x)")
                        .expressionAttributeNames(Map.of("#p", "period"))
                        .expressionAttributeValues(Map.of(":p", s(period.toString()), ":x", s(PAYMENT))))
                .items().forEach(item -> {
                    RecordedPayment p = payment(item);
                    out.computeIfAbsent(p.nik(), k -> new ArrayList<>()).add(p);
                });
        return out;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(sk)").build()).build();
    }

    private static Map<String, AttributeValue> item(String pk, String sk, RecordedPayment p, String recordedAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("period", s(pk));
        item.put("sk", s(sk));
        item.put("paymentId", s(p.paymentId()));
        item.put("participant", s(p.nik()));
        item.put("paidOn", s(p.paidOn().toString()));
        item.put("amount", n(p.amount()));
        item.put("periods", AttributeValue.fromL(p.periods().stream().map(x -> s(x.toString())).toList()));
        item.put("recordedBy", s(p.recordedBy() == null ? "sistem" : p.recordedBy()));
        item.put("recordedAt", s(recordedAt));
        return item;
    }

    private static RecordedPayment payment(Map<String, AttributeValue> item) {
        return new RecordedPayment(Attr.string(item, "paymentId"), Attr.string(item, "participant"),
                LocalDate.parse(Attr.string(item, "paidOn")), Attr.number(item, "amount", 0),
                item.get("periods").l().stream().map(v -> BillingPeriod.parse(v.s())).toList(),
                Attr.string(item, "recordedBy"));
    }
}
