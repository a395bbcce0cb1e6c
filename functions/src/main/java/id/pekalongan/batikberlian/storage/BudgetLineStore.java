package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.FundingSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The money the city set aside for premiums, one line per fiscal year and source ({@code pk=CONFIG,
 * sk=BUDGET#2024#APBD}, attributes amount and reference — the DPA or decree number). Like every configuration change,
 * a line is written together with its audit entry in one transaction.
 */
@Component
public class BudgetLineStore {

    private final DynamoDbClient dynamo;
    private final String table;
    private final AuditLog audit;
    private final long defaultAnnualBudget;

    public BudgetLineStore(DynamoDbClient dynamo, Resources resources, AuditLog audit,
                           org.springframework.core.env.Environment env) {
        this.dynamo = dynamo;
        this.audit = audit;
        this.table = resources.programmeTable();
        this.defaultAnnualBudget = Long.parseLong(env.getProperty("ANNUAL_BUDGET_RUPIAH", "403200000"));
    }

    static String sk(int year, FundingSource source) {
        return "BUDGET#" + year + "#" + source.name();
    }

    /** Every budget line, by year then source. */
    public List<BudgetLine> all() {
        return query("BUDGET#");
    }

    /**
     * The year's lines; a year without any has the template's {@code AnnualBudgetRupiah} as its APBD line, the
     * same default the billing run charges.
     */
    public List<BudgetLine> forYear(int year) {
        List<BudgetLine> lines = query("BUDGET#" + year + "#");
        return lines.isEmpty() ? List.of(new BudgetLine(FundingSource.APBD, year, defaultAnnualBudget,
                "ANNUAL_BUDGET_RUPIAH")) : lines;
    }

    public void put(BudgetLine line, String who) {
        Map<String, AttributeValue> key = Map.of("pk", Attr.s(ProgrammeConfigStore.CONFIG),
                "sk", Attr.s(sk(line.year(), line.source())));
        Map<String, AttributeValue> old = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put("year", Attr.n(line.year()));
        item.put("source", Attr.s(line.source().name()));
        item.put("amount", Attr.n(line.amount()));
        item.put("reference", Attr.s(line.reference()));
        String oldValue = old == null || old.isEmpty() ? null
                : Attr.number(old, "amount", 0) + " (" + Attr.string(old, "reference") + ")";
        audit.append(new AuditLog.Change(who, "budget " + line.year() + " " + line.source().name(), null, oldValue,
                line.amount() + " (" + line.reference() + ")"), List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build()));
    }

    /**
     * What the billing runs' ledger ({@code pk=LEDGER#<year>}, see the billing {@code BudgetStore}) took from the
     * year's budget, or empty while no run has written a ledger for that year.
     */
    public java.util.OptionalLong ledgerDebits(int year) {
        long sum = 0;
        boolean any = false;
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attr.s("LEDGER#" + year)))).items()) {
            any = true;
            sum += Attr.number(item, "amount", 0);
        }
        return any ? java.util.OptionalLong.of(sum) : java.util.OptionalLong.empty();
    }

    private List<BudgetLine> query(String prefix) {
        List<BudgetLine> lines = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :b)")
                .expressionAttributeValues(Map.of(":pk", Attr.s(ProgrammeConfigStore.CONFIG),
                        ":b", Attr.s(prefix)))).items()) {
            String[] parts = Attr.string(item, "sk").split("#");
            lines.add(new BudgetLine(FundingSource.valueOf(parts[2]), Integer.parseInt(parts[1]),
                    Attr.number(item, "amount", 0), String.valueOf(Attr.string(item, "reference"))));
        }
        lines.sort(Comparator.comparingInt(BudgetLine::year).thenComparing(BudgetLine::source));
        return lines;
    }
}
