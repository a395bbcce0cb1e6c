package id.pekalongan.batikberlian.storage.billing;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.storage.ApplicantItems;
import id.pekalongan.batikberlian.storage.Backoff;
import id.pekalongan.batikberlian.storage.CountedAs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * ACTIVE participants in NIK order, a page at a time, through the applicants' {@code byStatus} index (its range key
 * is the NIK). The order is what makes the run resumable: the last NIK of a finished page is the whole checkpoint.
 * One sequential index Query was chosen over a parallel Scan: the Scan reads every applicant (pending, refused,
 * waitlisted, ended) to keep the active ones, and its segments have no order a checkpoint could name.
 */
public final class ActiveRoster {

    /** One page and where the next starts; {@code nextAfterNik} is empty after the last page. */
    public record Page(List<Applicant> applicants, Optional<String> nextAfterNik) {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final String programme;
    private final WriteCounter writes;

    public ActiveRoster(DynamoDbClient dynamo, String table, String programmeTable, WriteCounter writes) {
        this.dynamo = dynamo;
        this.table = table;
        this.programme = programmeTable;
        this.writes = writes;
    }

    public Page page(String afterNik, int size) {
        Map<String, AttributeValue> start = afterNik == null || afterNik.isEmpty() ? null
                : Map.of("status", s(ParticipantStatus.ACTIVE.name()), "nik", s(afterNik));
        QueryResponse response = dynamo.query(b -> b.tableName(table).indexName("byStatus")
                .keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s(ParticipantStatus.ACTIVE.name())))
                .exclusiveStartKey(start)
                .limit(size));
        List<Applicant> applicants = response.items().stream().map(ApplicantItems::fromItem).toList();
        Optional<String> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(response.lastEvaluatedKey().get("nik").s()) : Optional.empty();
        return new Page(applicants, next);
    }

    /**
     * Moves an ACTIVE participant to {@code to} (ENDED or LAPSED) if still ACTIVE: statusNik follows (it feeds the
     * byKelurahan index) and the version goes up by one.
     *
     * @return false when the participant is no longer ACTIVE
     */
    public boolean end(String nik, ParticipantStatus to, String endReason, LocalDate on) {
        Map<String, String> names = new HashMap<>(Map.of("#s", "status", "#v", "version"));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":to", s(to.name()));
        values.put(":sn", s(ApplicantItems.statusNik(to, nik)));
        values.put(":active", s(ParticipantStatus.ACTIVE.name()));
        values.put(":one", n(1));
        values.put(":zero", n(0));
        values.put(":on", s(on.toString()));
        String set = "SET #s = :to, statusNik = :sn, #v = if_not_exists(#v, :zero) + :one";
        if (to == ParticipantStatus.ENDED) {
            set += ", endedOn = :on, endReason = :r";
            values.put(":r", s(endReason));
        } else {
            set += ", lapsedOn = :on, lapseReason = :r";
            values.put(":r", s(endReason));
        }
        Optional<CountedAs> counted = CountedAs.read(dynamo, table, nik);
        if (counted.isEmpty()) {
            return false;
        }
        List<TransactWriteItem> items = new ArrayList<>(List.of(TransactWriteItem.builder().update(Update.builder()
                .tableName(table).key(Map.of("nik", s(nik)))
                .updateExpression(set)
                .conditionExpression("#s = :active")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values).build()).build()));
        // The dashboard's counts move in the same transaction, so a change applied twice counts once.
        items.addAll(counted.get().move(programme, ParticipantStatus.ACTIVE, to));
        for (int attempt = 0; ; attempt++) {
            try {
                writes.request();
                dynamo.transactWriteItems(b -> b.transactItems(items));
                return true;
            } catch (TransactionCanceledException e) {
                if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                    writes.conditionalFailure();
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

    /** The stored status, strongly consistent; empty when the NIK is unknown. */
    public Optional<ParticipantStatus> status(String nik) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("nik", s(nik))).projectionExpression("#s")
                .expressionAttributeNames(Map.of("#s", "status"))).item();
        return item == null || item.isEmpty() || !item.containsKey("status") ? Optional.empty()
                : Optional.of(ParticipantStatus.valueOf(item.get("status").s()));
    }
}
