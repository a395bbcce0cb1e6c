package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The months a participant was billed, read from the billing run's bill lines through the billing table's
 * {@code byNik} index. A bill line is the item {@code period = YYYY-MM, sk = LINE#<nik>} with attributes {@code nik},
 * {@code total} and {@code status}; other items of a period (totals, invoices) carry no {@code nik} or another sort key
 * and are left out by the sort-key filter.
 */
@Component
public class ContributionHistory {

    private final DynamoDbClient dynamo;
    private final String table;

    public ContributionHistory(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.table = resources.billingTable();
    }

    /** The billed months up to and including {@code upTo}; a month billed twice (a re-run) counts once. */
    public Set<YearMonth> billedMonths(String nik, YearMonth upTo) {
        Set<YearMonth> months = new TreeSet<>();
        dynamo.queryPaginator(b -> b.tableName(table).indexName("byNik")
                        .keyConditionExpression("nik = :n AND #p <= :p")
                        .filterExpression("begins_with(sk, :line)")
                        .expressionAttributeNames(Map.of("#p", "period"))
                        .expressionAttributeValues(Map.of(":n", Attr.s(nik), ":p", Attr.s(upTo.toString()),
                                ":line", Attr.s("LINE#")))
                        .projectionExpression("#p"))
                .items().forEach(item -> months.add(YearMonth.parse(Attr.string(item, "period"))));
        return months;
    }
}
