package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The billing table (hash key {@code period}, range key {@code sk}), which several stores share, one kind of item
 * each:
 * <pre>
 * period=YYYY-MM  sk=LINE#&lt;nik&gt;            one bill line per participant               {@link BillingStore}
 * period=YYYY-MM  sk=TOTAL#KEL#&lt;code&gt;      subtotal per kelurahan                      {@link BillingStore}
 * period=YYYY-MM  sk=TOTAL#FUND#&lt;source&gt;   subtotal per budget line                    {@link BillingStore}
 * period=YYYY-MM  sk=INVOICE               the invoice summary, final once COMPLETE    {@link BillingStore}
 * period=YYYY-MM  sk=ADJUST#&lt;nik&gt;#&lt;n&gt;      a correction of an earlier, closed period   {@link AdjustmentStore}
 * period=YYYY-MM  sk=CHANGE#&lt;nik&gt;          an age-out or lapse decided by the run      {@link ChangeOutbox}
 * period=YYYY-MM  sk=RUN                   checkpoint and lease of the run             {@link RunLease}
 * period=YYYY-MM  sk=PAYMENT#&lt;nik&gt;#&lt;id&gt;   a payment's marker in a month it names      {@link PaymentStore}
 * period=PAYMENT#&lt;nik&gt;  sk=&lt;id&gt;            the payment itself                          {@link PaymentStore}
 * period=REPORT#BILLED sk=YYYY-MM          the dashboard's line of a closed period     {@link BillingStore}
 * period=REPORT#PAID   sk=YYYY-MM          the dashboard's payments of a month         {@link PaymentStore}
 * </pre>
 * Only LINE and ADJUST items carry a {@code nik} attribute, so the byNik index holds a participant's bills and
 * corrections and nothing else. Every item is written with a condition: a repeated run cannot change what an earlier
 * attempt wrote. The run's writes all go through here, so that its {@link WriteCounter} sees each request once.
 */
final class BillingTable {

    /** DynamoDB's limit on items in one transaction. */
    static final int TRANSACTION_ITEMS = 25;

    private final DynamoDbClient dynamo;
    private final String name;
    private final WriteCounter writes;

    BillingTable(DynamoDbClient dynamo, String name, WriteCounter writes) {
        this.dynamo = dynamo;
        this.name = name;
        this.writes = writes;
    }

    String name() {
        return name;
    }

    /** One UpdateItem of the item at {@code (period, sk)}; {@code request} adds the expressions. */
    UpdateItemResponse update(BillingPeriod period, String sk, Consumer<UpdateItemRequest.Builder> request) {
        writes.request();
        return dynamo.updateItem(b -> request.accept(b.tableName(name).key(key(period, sk))));
    }

    /** One PutItem of {@code item}; {@code request} adds the condition. */
    void put(Map<String, AttributeValue> item, Consumer<PutItemRequest.Builder> request) {
        writes.request();
        dynamo.putItem(b -> request.accept(b.tableName(name).item(item)));
    }

    /** One TransactWriteItems request, however many items it holds. */
    void transact(List<TransactWriteItem> items) {
        writes.request();
        dynamo.transactWriteItems(b -> b.transactItems(items));
    }

    /** A put for {@link #transact}, refused when the item is there already. */
    TransactWriteItem putIfAbsentInTransaction(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(name).item(item)
                .conditionExpression("attribute_not_exists(sk)").build()).build();
    }

    /** @return false when the item is there already */
    boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            put(item, b -> b.conditionExpression("attribute_not_exists(sk)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            refused();
            return false;
        }
    }

    /** Counts a write DynamoDB refused on its condition: an item already there, or a lease not ours. */
    void refused() {
        writes.conditionalFailure();
    }

    /** Every item in one partition whose sort key starts with {@code prefix}, strongly consistent. */
    List<Map<String, AttributeValue>> query(String pk, String prefix, String projection) {
        Map<String, String> names = new HashMap<>(Map.of("#p", "period"));
        if (projection != null && projection.contains("#t")) {
            names.put("#t", "total");
        }
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(b -> {
            b.tableName(name).consistentRead(true)
                    .keyConditionExpression("#p = :p AND begins_with(sk, :prefix)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":p", s(pk), ":prefix", s(prefix)));
            if (projection != null) {
                b.projectionExpression(projection);
            }
        }).items().forEach(out::add);
        return out;
    }

    /**
     * A participant's items from the byNik index whose sort key starts with {@code prefix}. The index is eventually
     * consistent: fine for earlier months, which were written at least a run ago.
     */
    List<Map<String, AttributeValue>> byNik(String nik, String prefix) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(b -> b.tableName(name).indexName("byNik")
                        .keyConditionExpression("nik = :n")
                        .filterExpression("begins_with(sk, :line)")
                        .expressionAttributeValues(Map.of(":n", s(nik), ":line", s(prefix))))
                .items().forEach(out::add);
        return out;
    }

    Optional<Map<String, AttributeValue>> get(BillingPeriod period, String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(name).key(key(period, sk))
                .consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    static Map<String, AttributeValue> key(BillingPeriod period, String sk) {
        return Map.of("period", s(period.toString()), "sk", s(sk));
    }
}
