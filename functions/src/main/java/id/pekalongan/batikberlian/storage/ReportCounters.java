package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The dashboard's running figures, as writes for the very transaction that makes the change they count. A counter
 * therefore moves exactly when its change is stored: a repeated event meets the change's own condition (the NIK is
 * stored, the status is no longer the one left, the claim id exists) and is cancelled together with its counter.
 *
 * <p>Layout in the programme table (read back by {@link ReportStore}):
 * <pre>
 * pk=REPORT#PARTICIPANTS  sk=&lt;kelurahanCode&gt;  one number per "&lt;occupationCode&gt;|&lt;status&gt;"
 * pk=REPORT#CLAIMS        sk=&lt;type&gt;           claims, totalCash, scholarshipTotal
 * </pre>
 * One item per kelurahan keeps a dashboard load to one query however many participants there are, and spreads the
 * counter writes over the city's kelurahan. The premiums' figures sit beside the invoices, in the billing table:
 * {@code period=REPORT#BILLED sk=<YYYY-MM>} is written with the period's invoice, {@code period=REPORT#PAID
 * sk=<month paid>} with each payment. A participant's kelurahan and occupation are fixed at registration, so a
 * status change moves one count within one item.
 */
public final class ReportCounters {

    public static final String PARTICIPANTS = "REPORT#PARTICIPANTS";
    public static final String CLAIMS = "REPORT#CLAIMS";
    public static final String BILLED = "REPORT#BILLED";
    public static final String PAID = "REPORT#PAID";
    /** Marks that the counters have been recounted from the tables once ({@link ReportStore#buildOnce}). */
    public static final String BUILT = "REPORT#BUILT";
    /** Stands for a missing kelurahan or occupation code, since a key or a name cannot be empty. */
    static final String NONE = "-";
    static final String SEPARATOR = "|";

    private ReportCounters() {
    }

    /** Where one participant is counted. */
    public record Cell(String kelurahanCode, String occupationCode, String status) {

        public static Cell of(Applicant a) {
            return of(a, a.status());
        }

        public static Cell of(Applicant a, ParticipantStatus status) {
            return new Cell(a.kelurahanCode(), a.occupationCode(), status.name());
        }

        String sk() {
            return orNone(kelurahanCode);
        }

        String attribute() {
            return orNone(occupationCode) + SEPARATOR + status;
        }

        /** The cell a stored attribute of a kelurahan item names. */
        static Cell parse(String sk, String attribute) {
            int at = attribute.lastIndexOf(SEPARATOR);
            return new Cell(orNull(sk), orNull(attribute.substring(0, at)), attribute.substring(at + 1));
        }
    }

    /** Net changes to participant counts, collected for one transaction. */
    public static final class Tally {

        private final Map<Cell, Long> deltas = new LinkedHashMap<>();

        public Tally add(Cell cell, long delta) {
            deltas.merge(cell, delta, Long::sum);
            return this;
        }

        /** One participant leaving {@code from} for {@code to}. */
        public Tally move(Applicant a, ParticipantStatus from, ParticipantStatus to) {
            return add(Cell.of(a, from), -1).add(Cell.of(a, to), 1);
        }

        /**
         * One update per kelurahan touched (a transaction may not name an item twice); cells whose changes cancel
         * out are left as they are.
         */
        public List<TransactWriteItem> writes(String programmeTable) {
            Map<String, Map<String, Long>> byItem = new TreeMap<>();
            deltas.forEach((cell, d) -> {
                if (d != 0) {
                    byItem.computeIfAbsent(cell.sk(), k -> new TreeMap<>()).put(cell.attribute(), d);
                }
            });
            List<TransactWriteItem> out = new ArrayList<>();
            byItem.forEach((sk, changes) -> out.add(ReportCounters.add(programmeTable,
                    Map.of("pk", Attr.s(PARTICIPANTS), "sk", Attr.s(sk)), changes)));
            return out;
        }
    }

    /** A new claim: its count and its money under its type. */
    public static TransactWriteItem claim(String programmeTable, String type, long totalCash, long scholarshipTotal) {
        Map<String, Long> changes = new LinkedHashMap<>();
        changes.put("claims", 1L);
        changes.put("totalCash", totalCash);
        changes.put("scholarshipTotal", scholarshipTotal);
        return add(programmeTable, Map.of("pk", Attr.s(CLAIMS), "sk", Attr.s(orNone(type))), changes);
    }

    /** {@code ADD} of each number, which also creates the item and the attribute the first time. */
    public static TransactWriteItem add(String table, Map<String, AttributeValue> key, Map<String, Long> changes) {
        StringBuilder expression = new StringBuilder("ADD ");
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, Long> e : changes.entrySet()) {
            if (i > 0) {
                expression.append(", ");
            }
            expression.append("#c").append(i).append(" :d").append(i);
            names.put("#c" + i, e.getKey());
            values.put(":d" + i, Attr.n(e.getValue()));
            i++;
        }
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
                .updateExpression(expression.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(values).build()).build();
    }

    static String orNone(String code) {
        return code == null || code.isEmpty() ? NONE : code;
    }

    static String orNull(String stored) {
        return NONE.equals(stored) ? null : stored;
    }
}
