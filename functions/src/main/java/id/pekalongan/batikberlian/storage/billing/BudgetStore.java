package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BudgetDebit;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.FundingSource;
import id.pekalongan.batikberlian.storage.Attr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Budget lines and the premium ledger, in the programme table:
 * <pre>
 * pk=CONFIG        sk=BUDGET#&lt;year&gt;#&lt;source&gt;   {amount, reference}   money made available (source APBD, APBD_P, CSR)
 * pk=LEDGER#&lt;year&gt; sk=&lt;period&gt;#&lt;source&gt;       {amount, reference}   what a period's invoice took from a line
 * </pre>
 * A debit is written once ({@code attribute_not_exists}); a re-run finds it there and changes nothing.
 */
public final class BudgetStore {

    private final DynamoDbClient dynamo;
    private final String table;
    private final long defaultAnnualBudget;
    private final WriteCounter writes;

    public BudgetStore(DynamoDbClient dynamo, String table, long defaultAnnualBudget, WriteCounter writes) {
        this.dynamo = dynamo;
        this.table = table;
        this.defaultAnnualBudget = defaultAnnualBudget;
        this.writes = writes;
    }

    /** The year's lines as stored; without any, the template's ANNUAL_BUDGET_RUPIAH as one APBD line. */
    public List<BudgetLine> lines(int year) {
        List<BudgetLine> lines = new ArrayList<>();
        for (Map<String, AttributeValue> item : query("CONFIG", "BUDGET#" + year + "#")) {
            String sk = Attr.string(item, "sk");
            FundingSource source = source(sk.substring(sk.lastIndexOf('#') + 1));
            lines.add(new BudgetLine(source, year, Attr.number(item, "amount", 0),
                    String.valueOf(Attr.string(item, "reference"))));
        }
        if (lines.isEmpty() && defaultAnnualBudget > 0) {
            lines.add(new BudgetLine(FundingSource.APBD, year, defaultAnnualBudget, "ANNUAL_BUDGET_RUPIAH"));
        }
        return lines;
    }

    public void putLine(BudgetLine line) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("CONFIG"));
        item.put("sk", s("BUDGET#" + line.year() + "#" + line.source().name()));
        item.put("amount", n(line.amount()));
        item.put("reference", s(line.reference()));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    /** Every debit of the fiscal year; the reference is {@code <period>#<source>}. */
    public List<BudgetDebit> debits(int year) {
        List<BudgetDebit> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : query("LEDGER#" + year, "")) {
            String sk = Attr.string(item, "sk");
            out.add(new BudgetDebit(BillingPeriod.parse(sk.substring(0, 7)), Attr.number(item, "amount", 0), sk));
        }
        return out;
    }

    /** @return false when this period already took money from this line */
    public boolean debit(BillingPeriod period, FundingSource source, long amount, String invoiceHash, String at) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s("LEDGER#" + period.month().getYear()));
        item.put("sk", s(reference(period, source)));
        item.put("amount", n(amount));
        item.put("source", s(source.name()));
        item.put("rosterHash", s(invoiceHash));
        item.put("createdAt", s(at));
        try {
            writes.request();
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(sk)"));
            return true;
        } catch (ConditionalCheckFailedException there) {
            writes.conditionalFailure();
            return false;
        }
    }

    public static String reference(BillingPeriod period, FundingSource source) {
        return period + "#" + source.name();
    }

    static FundingSource source(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return FundingSource.valueOf(t);
    }

    private List<Map<String, AttributeValue>> query(String pk, String prefix) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        // begins_with refuses an empty prefix: the whole partition is asked for without it.
        dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression(prefix.isEmpty() ? "pk = :p" : "pk = :p AND begins_with(sk, :x)")
                        .expressionAttributeValues(prefix.isEmpty() ? Map.of(":p", s(pk))
                                : Map.of(":p", s(pk), ":x", s(prefix))))
                .items().forEach(out::add);
        return out;
    }
}
