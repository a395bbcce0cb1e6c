package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The programme's configuration as data staff can change: quotas per programme year and the occupation list (the
 * city's list grows beyond the 16 named in public sources). Every change is written together with an audit entry
 * (who, when, old → new) in one transaction.
 *
 * <p>Layout in the programme table: {@code pk=CONFIG, sk=YEAR#2024} (quota), {@code pk=CONFIG,
 * sk=OCCUPATION#BECAK}; audit entries in the hash-chained {@link AuditLog} ({@code pk=AUDIT}).
 */
@Component
public class ProgrammeConfigStore {

    public static final String CONFIG = "CONFIG";
    public static final String AUDIT = "AUDIT";

    private final DynamoDbClient dynamo;
    private final String table;
    private final long defaultQuota;
    private final AuditLog audit;

    public ProgrammeConfigStore(DynamoDbClient dynamo, Resources resources, Environment env, AuditLog audit) {
        this.dynamo = dynamo;
        this.audit = audit;
        this.table = resources.programmeTable();
        this.defaultQuota = Long.parseLong(env.getProperty("PROGRAMME_QUOTA", "2000"));
    }

    public String table() {
        return table;
    }

    /** The quota for a programme year: the stored figure, else the template's {@code ProgrammeQuota}. */
    public long quotaFor(int year) {
        Map<String, AttributeValue> item = get("YEAR#" + year);
        return item == null ? defaultQuota : Attr.number(item, "quota", defaultQuota);
    }

    public void setQuota(int year, long quota, String who) {
        if (quota < 0) {
            throw new IllegalArgumentException("a quota cannot be negative");
        }
        Map<String, AttributeValue> old = get("YEAR#" + year);
        Map<String, AttributeValue> item = new HashMap<>(key("YEAR#" + year));
        item.put("quota", Attr.n(quota));
        writeWithAudit(item, who, "quota " + year, old == null ? null : Attr.number(old, "quota", 0) + "",
                Long.toString(quota));
    }

    /** The occupation list: the project's reference list, with staff's additions and changes on top. */
    public OccupationList occupations() {
        OccupationList list = OccupationList.loadDefault();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(b -> b.tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :o)")
                .expressionAttributeValues(Map.of(":pk", Attr.s(CONFIG), ":o", Attr.s("OCCUPATION#")))).items()) {
            list = list.with(occupation(item));
        }
        return list;
    }

    public void putOccupation(Occupation o, String who) {
        String sk = "OCCUPATION#" + o.code();
        Map<String, AttributeValue> old = get(sk);
        Map<String, AttributeValue> item = new HashMap<>(key(sk));
        item.put("code", Attr.s(o.code()));
        item.put("name", Attr.s(o.name()));
        item.put("aliases", AttributeValue.fromL(o.aliases().stream().map(Attr::s).toList()));
        item.put("validFrom", Attr.s(o.validFrom().toString()));
        if (o.validTo() != null) {
            item.put("validTo", Attr.s(o.validTo().toString()));
        }
        item.put("basis", Attr.s(o.basis() == null ? "" : o.basis()));
        writeWithAudit(item, who, "occupation " + o.code(), old == null ? null : occupation(old).toString(),
                o.toString());
    }

    private static Occupation occupation(Map<String, AttributeValue> item) {
        String validTo = Attr.string(item, "validTo");
        List<String> aliases = item.containsKey("aliases")
                ? item.get("aliases").l().stream().map(AttributeValue::s).toList() : List.of();
        return new Occupation(Attr.string(item, "code"), Attr.string(item, "name"), aliases,
                LocalDate.parse(Attr.string(item, "validFrom")), validTo == null ? null : LocalDate.parse(validTo),
                Attr.string(item, "basis"));
    }

    private Map<String, AttributeValue> get(String sk) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(sk)).consistentRead(true))
                .item();
        return item == null || item.isEmpty() ? null : item;
    }

    private static Map<String, AttributeValue> key(String sk) {
        return Map.of("pk", Attr.s(CONFIG), "sk", Attr.s(sk));
    }

    private void writeWithAudit(Map<String, AttributeValue> item, String who, String what, String oldValue,
                                String newValue) {
        audit.append(new AuditLog.Change(who, what, null, oldValue, newValue), List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build()));
    }
}
