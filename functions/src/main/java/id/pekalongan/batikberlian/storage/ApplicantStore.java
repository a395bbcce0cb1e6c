package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Applicants and participants, one item per NIK. New registrations are written as conditional puts grouped 25 to a
 * transaction: one request per 25 rows, and a NIK that someone else registered in the meantime is never overwritten.
 * Every registration and status change moves the dashboard's counts ({@link ReportCounters}) in its own
 * transaction, so a form's single registration is a transaction too.
 */
@Component
public class ApplicantStore {

    public static final int WRITE_GROUP = 25;
    private static final int READ_GROUP = 100;

    private final DynamoDbClient dynamo;
    private final AuditLog audit;
    private final String table;
    private final String programme;

    public ApplicantStore(DynamoDbClient dynamo, Resources resources, AuditLog audit) {
        this.dynamo = dynamo;
        this.audit = audit;
        this.table = resources.applicantsTable();
        this.programme = resources.programmeTable();
    }

    public String table() {
        return table;
    }

    public Optional<Applicant> find(String nik) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("nik", Attr.s(nik))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ApplicantItems.fromItem(item));
    }

    /** The stored applicants among these NIKs, read 100 at a time. */
    public Map<String, Applicant> findAll(Collection<String> niks) {
        Map<String, Applicant> found = new HashMap<>();
        List<String> all = new ArrayList<>(new HashSet<>(niks));
        for (int i = 0; i < all.size(); i += READ_GROUP) {
            List<Map<String, AttributeValue>> keys = all.subList(i, Math.min(all.size(), i + READ_GROUP)).stream()
                    .map(n -> Map.of("nik", Attr.s(n))).toList();
            Map<String, KeysAndAttributes> request = Map.of(table,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            int attempt = 0;
            while (!request.isEmpty()) {
                final Map<String, KeysAndAttributes> r = request;
                BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(r));
                response.responses().getOrDefault(table, List.of())
                        .forEach(item -> found.put(Attr.string(item, "nik"), ApplicantItems.fromItem(item)));
                request = response.unprocessedKeys();
                Backoff.pause(request.isEmpty() ? 0 : ++attempt);
            }
        }
        return found;
    }

    /**
     * Writes the applicants whose NIK is not stored yet.
     *
     * @return the NIKs that were already stored (someone registered them first); everything else was written
     */
    public Set<String> insertNew(List<Applicant> applicants) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < applicants.size(); i += WRITE_GROUP) {
            List<Applicant> group = new ArrayList<>(applicants.subList(i, Math.min(applicants.size(), i + WRITE_GROUP)));
            int attempt = 0;
            while (!group.isEmpty()) {
                List<TransactWriteItem> writes = new ArrayList<>(group.stream().map(a -> TransactWriteItem.builder()
                        .put(Put.builder().tableName(table).item(ApplicantItems.toItem(a))
                                .conditionExpression("attribute_not_exists(nik)").build())
                        .build()).toList());
                // After the puts, so a cancellation reason's index is still the applicant's.
                ReportCounters.Tally counts = new ReportCounters.Tally();
                group.forEach(a -> counts.add(ReportCounters.Cell.of(a), 1));
                writes.addAll(counts.writes(programme));
                try {
                    dynamo.transactWriteItems(b -> b.transactItems(writes));
                    group.clear();
                } catch (TransactionCanceledException e) {
                    List<CancellationReason> reasons = e.cancellationReasons();
                    List<Applicant> retry = new ArrayList<>();
                    for (int k = 0; k < group.size(); k++) {
                        String code = k < reasons.size() ? reasons.get(k).code() : "None";
                        if ("ConditionalCheckFailed".equals(code)) {
                            taken.add(group.get(k).nik());
                        } else {
                            retry.add(group.get(k));
                        }
                    }
                    group = retry;
                    Backoff.pause(++attempt);
                }
            }
        }
        return taken;
    }

    /** Applicants in one status, through the {@code byStatus} index. */
    public Stream<Applicant> byStatus(ParticipantStatus status) {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName("byStatus")
                        .keyConditionExpression("#s = :s")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":s", Attr.s(status.name()))))
                .items().stream().map(ApplicantItems::fromItem);
    }

    /** Applicants of one kelurahan, optionally in one status, through the {@code byKelurahan} index. */
    public Stream<Applicant> byKelurahan(String kelurahanCode, ParticipantStatus status) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":k", Attr.s(kelurahanCode));
        String condition = "kelurahanCode = :k";
        if (status != null) {
            condition += " AND begins_with(statusNik, :s)";
            values.put(":s", Attr.s(status.name() + "#"));
        }
        String keyCondition = condition;
        return dynamo.queryPaginator(b -> b.tableName(table).indexName("byKelurahan")
                        .keyConditionExpression(keyCondition).expressionAttributeValues(values))
                .items().stream().map(ApplicantItems::fromItem);
    }

    /**
     * Records a refusal with its audit entry, in one transaction; false when the applicant was no longer PENDING
     * (someone decided first).
     */
    public boolean markIneligible(String nik, id.pekalongan.batikberlian.domain.participant.StoredDecision decision,
                                  AuditLog.Change change) {
        Optional<CountedAs> counted = CountedAs.read(dynamo, table, nik);
        if (counted.isEmpty()) {
            return false;
        }
        List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder()
                .update(transitionUpdate(nik, ParticipantStatus.PENDING, ParticipantStatus.INELIGIBLE,
                        Map.of("decision", ApplicantItems.decision(decision)))).build()));
        writes.addAll(counted.get().move(programme, ParticipantStatus.PENDING, ParticipantStatus.INELIGIBLE));
        try {
            audit.append(change, writes);
            return true;
        } catch (AuditLog.Refused e) {
            return false;
        }
    }

    /**
     * Sends a refused applicant back to be judged again (new rules or reference data); the stream carries the change
     * to ValidateEligibility like a new registration.
     */
    public boolean reopen(String nik) {
        Optional<CountedAs> counted = CountedAs.read(dynamo, table, nik);
        if (counted.isEmpty()) {
            return false;
        }
        List<TransactWriteItem> writes = new ArrayList<>(List.of(TransactWriteItem.builder()
                .update(transitionUpdate(nik, ParticipantStatus.INELIGIBLE, ParticipantStatus.PENDING, Map.of()))
                .build()));
        writes.addAll(counted.get().move(programme, ParticipantStatus.INELIGIBLE, ParticipantStatus.PENDING));
        for (int attempt = 0; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                    return false;
                }
                if (attempt >= Backoff.CONFLICT_ATTEMPTS) {
                    throw e;
                }
                // Another change moved the same kelurahan's counters at that moment: try again.
                Backoff.pause(attempt + 1);
            }
        }
    }

    /** A status change conditional on the status it leaves, keeping {@code statusNik} and {@code version} in step. */
    private Update transitionUpdate(String nik, ParticipantStatus from, ParticipantStatus to,
                                    Map<String, AttributeValue> alsoSet) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":from", Attr.s(from.name()));
        values.put(":to", Attr.s(to.name()));
        values.put(":sn", Attr.s(ApplicantItems.statusNik(to, nik)));
        values.put(":one", Attr.n(1));
        StringBuilder set = new StringBuilder("SET #s = :to, statusNik = :sn, version = version + :one");
        Map<String, String> names = new HashMap<>(Map.of("#s", "status"));
        int i = 0;
        for (Map.Entry<String, AttributeValue> e : alsoSet.entrySet()) {
            names.put("#a" + i, e.getKey());
            values.put(":a" + i, e.getValue());
            set.append(", #a").append(i).append(" = :a").append(i);
            i++;
        }
        return Update.builder().tableName(table).key(Map.of("nik", Attr.s(nik))).updateExpression(set.toString())
                .conditionExpression("#s = :from").expressionAttributeNames(names).expressionAttributeValues(values)
                .build();
    }
}
