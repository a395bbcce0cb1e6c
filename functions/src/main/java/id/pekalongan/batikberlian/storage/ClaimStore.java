package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.claim.ClaimRecord;
import id.pekalongan.batikberlian.domain.claim.ClaimStatus;
import id.pekalongan.batikberlian.domain.claim.ClaimTransition;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Claims, one item per claim id. A new claim is a conditional put (the id is derived from NIK, type and incident
 * date, so the same claim twice meets the first); a death claim ends the participant in the same transaction, so a
 * claim is never stored without the death it reports, nor a death recorded without its claim.
 */
@Component
public class ClaimStore {

    /** What became of a new claim. */
    public enum CreateOutcome {
        CREATED,
        /** A claim with this id is stored already; it was left as it was. */
        CLAIM_EXISTS,
        /** The participant record changed since it was read (status or version): read it again and retry. */
        PARTICIPANT_CHANGED
    }

    private final DynamoDbClient dynamo;
    private final AuditLog audit;
    private final String table;
    private final String applicants;
    private final String programme;

    public ClaimStore(DynamoDbClient dynamo, Resources resources, AuditLog audit) {
        this.dynamo = dynamo;
        this.audit = audit;
        this.table = resources.claimsTable();
        this.applicants = resources.applicantsTable();
        this.programme = resources.programmeTable();
    }

    public String table() {
        return table;
    }

    /**
     * Stores a new claim; when {@code ending} is given (an ACTIVE participant's death claim), the participant's
     * membership ends on the death date in the same transaction, provided the participant is still the record read
     * (status ACTIVE, same version). The claim's audit entry is written in that transaction too.
     */
    public CreateOutcome create(ClaimRecord claim, Optional<Applicant> ending, AuditLog.Change change) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(ClaimItems.toItem(claim))
                .conditionExpression("attribute_not_exists(claimId)").build()).build());
        ending.ifPresent(p -> writes.add(TransactWriteItem.builder()
                .update(endByDeath(p, claim.request().incidentDate(), claim.claimId())).build()));
        // The dashboard's counts, after the conditional writes whose indexes the refusal reasons name.
        writes.add(ReportCounters.claim(programme, claim.request().type(), claim.breakdown().totalCash(),
                claim.breakdown().scholarshipTotal()));
        ending.ifPresent(p -> writes.addAll(new ReportCounters.Tally()
                .move(p, ParticipantStatus.ACTIVE, ParticipantStatus.ENDED).writes(programme)));
        try {
            audit.append(change, writes);
            return CreateOutcome.CREATED;
        } catch (AuditLog.Refused e) {
            return e.failedAt(0) ? CreateOutcome.CLAIM_EXISTS : CreateOutcome.PARTICIPANT_CHANGED;
        }
    }

    private Update endByDeath(Applicant p, LocalDate deathDate, String claimId) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":ended", Attr.s(ParticipantStatus.ENDED.name()));
        values.put(":active", Attr.s(ParticipantStatus.ACTIVE.name()));
        values.put(":statusNik", Attr.s(ApplicantItems.statusNik(ParticipantStatus.ENDED, p.nik())));
        values.put(":reason", Attr.s(EndReason.DEATH.name()));
        values.put(":date", Attr.s(deathDate.toString()));
        values.put(":claim", Attr.s(claimId));
        values.put(":version", Attr.n(p.version()));
        values.put(":one", Attr.n(1));
        return Update.builder().tableName(applicants).key(Map.of("nik", Attr.s(p.nik())))
                .updateExpression("SET #s = :ended, statusNik = :statusNik, endReason = :reason, deathDate = :date, "
                        + "endedOn = :date, endedByClaim = :claim, version = version + :one")
                .conditionExpression("#s = :active AND version = :version")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(values).build();
    }

    /** A participant's claims, from the byNik index. */
    public List<ClaimSummary> ofParticipant(String nik) {
        List<ClaimSummary> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(b -> b.tableName(table).indexName("byNik")
                .keyConditionExpression("nik = :n").expressionAttributeValues(Map.of(":n", Attr.s(nik)))).items()) {
            ClaimAmounts amounts = ClaimAmounts.of(item);
            out.add(new ClaimSummary(Attr.string(item, "claimId"), Attr.string(item, "type"),
                    Attr.string(item, "incidentDate"), Attr.string(item, "status"), amounts.totalCash(),
                    amounts.scholarshipTotal()));
        }
        return out;
    }

    public Optional<ClaimRecord> find(String claimId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("claimId", Attr.s(claimId))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ClaimItems.fromItem(item));
    }

    /**
     * Moves a claim one step forward, only from {@code step.status()}'s predecessor: a conditional update, so two
     * clerks approving at once (or a payment before approval) cannot both succeed. The step's audit entry is
     * written in the same transaction.
     *
     * @return false when the claim was not in {@code from} (read it again to say why)
     */
    public boolean advance(String claimId, ClaimStatus from, ClaimTransition step, AuditLog.Change change) {
        if (!from.mayMoveTo(step.status())) {
            throw new IllegalArgumentException(from + " cannot move to " + step.status());
        }
        String prefix = step.status().name().toLowerCase(Locale.ROOT);
        try {
            audit.append(change, List.of(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(Map.of("claimId", Attr.s(claimId)))
                    .updateExpression("SET #s = :to, history = list_append(history, :step), " + prefix + "By = :by, "
                            + prefix + "At = :at, version = version + :one")
                    .conditionExpression("#s = :from")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(
                            ":to", Attr.s(step.status().name()),
                            ":from", Attr.s(from.name()),
                            ":step", AttributeValue.fromL(List.of(ClaimItems.transition(step))),
                            ":by", Attr.s(step.by()),
                            ":at", Attr.s(step.at().toString()),
                            ":one", Attr.n(1))).build()).build()));
            return true;
        } catch (AuditLog.Refused e) {
            return false;
        }
    }
}
