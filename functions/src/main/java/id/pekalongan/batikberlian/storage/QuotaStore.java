package id.pekalongan.batikberlian.storage;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.StoredDecision;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The programme year's quota as a counter, and its waitlist. Admission is one transaction — the counter goes up only
 * while it is below the quota, and the applicant moves from its expected status to ACTIVE — so two kelurahan
 * deciding at the same moment can never admit more than the quota, nor the same person twice.
 *
 * <p>Layout in the programme table: {@code pk=QUOTA#<year>, sk=COUNTER {admitted}};
 * {@code pk=WAITLIST#<year>, sk=<arrivalKey>#<nik> {nik}}; {@code pk=QUOTA#<year>, sk=RELEASED#<nik>} marks a slot
 * already given back, so a repeated death claim or billing run frees it once. An admission or a place on the
 * waitlist is written in the same transaction as its audit entry.
 */
@Component
public class QuotaStore {

    /** How an admission attempt ended. */
    public enum Admission { ADMITTED, QUOTA_FULL, NOT_IN_EXPECTED_STATUS }

    private final DynamoDbClient dynamo;
    private final AuditLog audit;
    private final String programme;
    private final String applicants;
    /** Years whose last admission attempt found the quota full. */
    private final Set<Integer> lastFoundFull = ConcurrentHashMap.newKeySet();

    public QuotaStore(DynamoDbClient dynamo, Resources resources, AuditLog audit) {
        this.dynamo = dynamo;
        this.audit = audit;
        this.programme = resources.programmeTable();
        this.applicants = resources.applicantsTable();
    }

    public long admitted(int year) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(programme)
                .key(counterKey(year)).consistentRead(true)).item();
        return item == null ? 0 : Attr.number(item, "admitted", 0);
    }

    /**
     * Takes a slot for the applicant if one is free and the applicant is still in {@code from}.
     *
     * @param coverageStart the 1st of the month after approval (the programme's policy)
     * @param change        the audit entry written with the admission
     */
    public Admission admit(String nik, ParticipantStatus from, int year, long quota, StoredDecision decision,
                           LocalDate approvedOn, LocalDate coverageStart, String waitlistSk,
                           AuditLog.Change change) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":from", s(from.name()));
        values.put(":active", s(ParticipantStatus.ACTIVE.name()));
        values.put(":sn", s(ApplicantItems.statusNik(ParticipantStatus.ACTIVE, nik)));
        values.put(":approved", s(approvedOn.toString()));
        values.put(":start", s(coverageStart.toString()));
        values.put(":year", n(year));
        values.put(":one", n(1));
        String set = "SET #s = :active, statusNik = :sn, approvedOn = :approved, coverageStart = :start, "
                + "programmeYear = :year, version = version + :one";
        if (decision != null) {
            values.put(":d", ApplicantItems.decision(decision));
            set += ", decision = :d";
        }
        String update = set;
        List<TransactWriteItem> items = new java.util.ArrayList<>(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(programme).key(counterKey(year))
                        .updateExpression("SET admitted = if_not_exists(admitted, :zero) + :one")
                        .conditionExpression("attribute_not_exists(admitted) OR admitted < :quota")
                        .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":quota", n(quota)))
                        .build()).build(),
                TransactWriteItem.builder().update(Update.builder().tableName(applicants)
                        .key(Map.of("nik", s(nik))).updateExpression(update)
                        .conditionExpression("#s = :from")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(values).build()).build()));
        if (waitlistSk != null) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(programme)
                    .key(Map.of("pk", s("WAITLIST#" + year), "sk", s(waitlistSk))).build()).build());
        }
        if (quota <= 0) {
            return Admission.QUOTA_FULL;
        }
        // Once a year is full, nearly every new applicant is refused a slot, and a refused transaction costs the
        // table far more than a read: while the last attempt found it full, the counter is read first. The
        // transaction's own condition still decides whenever a slot looks free.
        if (lastFoundFull.contains(year) && admitted(year) >= quota) {
            return Admission.QUOTA_FULL;
        }
        Optional<CountedAs> counted = CountedAs.read(dynamo, applicants, nik);
        if (counted.isEmpty()) {
            return Admission.NOT_IN_EXPECTED_STATUS;
        }
        // Last, so the indexes of the refusal reasons above stay as they are.
        items.addAll(counted.get().move(programme, from, ParticipantStatus.ACTIVE));
        try {
            audit.append(change, items);
            lastFoundFull.remove(year);
            return Admission.ADMITTED;
        } catch (AuditLog.Refused e) {
            if (e.failedAt(1)) {
                return Admission.NOT_IN_EXPECTED_STATUS;
            }
            lastFoundFull.add(year);
            return Admission.QUOTA_FULL;
        }
    }

    /**
     * Puts a PENDING applicant on the year's waitlist in arrival order, with its audit entry; false if no longer
     * PENDING.
     */
    public boolean waitlist(String nik, int year, StoredDecision decision, String arrivalKey,
                            AuditLog.Change change) {
        String sk = arrivalKey + "#" + nik;
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pending", s(ParticipantStatus.PENDING.name()));
        values.put(":w", s(ParticipantStatus.WAITLISTED.name()));
        values.put(":sn", s(ApplicantItems.statusNik(ParticipantStatus.WAITLISTED, nik)));
        values.put(":year", n(year));
        values.put(":wk", s(sk));
        values.put(":d", ApplicantItems.decision(decision));
        values.put(":one", n(1));
        Optional<CountedAs> counted = CountedAs.read(dynamo, applicants, nik);
        if (counted.isEmpty()) {
            return false;
        }
        List<TransactWriteItem> writes = new java.util.ArrayList<>(List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(applicants)
                        .key(Map.of("nik", s(nik)))
                        .updateExpression("SET #s = :w, statusNik = :sn, programmeYear = :year, "
                                + "waitlistKey = :wk, decision = :d, version = version + :one")
                        .conditionExpression("#s = :pending")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(values).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(programme)
                        .item(Map.of("pk", s("WAITLIST#" + year), "sk", s(sk), "nik", s(nik))).build())
                        .build()));
        writes.addAll(counted.get().move(programme, ParticipantStatus.PENDING, ParticipantStatus.WAITLISTED));
        try {
            audit.append(change, writes);
            return true;
        } catch (AuditLog.Refused e) {
            return false;
        }
    }

    /** The head of the year's waitlist: {@code [sk, nik]}. */
    public Optional<String[]> firstWaiting(int year) {
        var items = dynamo.query(b -> b.tableName(programme).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("WAITLIST#" + year))).limit(1).consistentRead(true))
                .items();
        return items.isEmpty() ? Optional.empty()
                : Optional.of(new String[] {Attr.string(items.get(0), "sk"), Attr.string(items.get(0), "nik")});
    }

    public void dropWaiting(int year, String sk) {
        dynamo.deleteItem(b -> b.tableName(programme).key(Map.of("pk", s("WAITLIST#" + year), "sk", s(sk))));
    }

    public long waiting(int year) {
        return dynamo.queryPaginator(b -> b.tableName(programme).keyConditionExpression("pk = :pk")
                        .expressionAttributeValues(Map.of(":pk", s("WAITLIST#" + year)))
                        .select(software.amazon.awssdk.services.dynamodb.model.Select.COUNT))
                .stream().mapToLong(p -> p.count()).sum();
    }

    /**
     * Gives back the slot a participant held; a second call for the same participant and year changes nothing.
     *
     * @return whether this call freed it
     */
    public boolean release(String nik, int year) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(programme)
                            .item(Map.of("pk", s("QUOTA#" + year), "sk", s("RELEASED#" + nik)))
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    TransactWriteItem.builder().update(Update.builder().tableName(programme).key(counterKey(year))
                            .updateExpression("SET admitted = admitted - :one")
                            .conditionExpression("admitted > :zero")
                            .expressionAttributeValues(Map.of(":one", n(1), ":zero", n(0))).build()).build()));
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> counterKey(int year) {
        return Map.of("pk", s("QUOTA#" + year), "sk", s("COUNTER"));
    }
}
