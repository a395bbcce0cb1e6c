package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.RuleOutcome;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Keeps refused applicants' personal data no longer than needed (UU PDP 27/2022). Someone refused (INELIGIBLE)
 * longer ago than the retention ({@code RETENTION_DAYS}, default 90) keeps only a salted hash of the NIK, their
 * kelurahan and the reason codes: enough to count refusals and to recognise the same person applying again, nothing
 * that names them. The old item is deleted and the redacted one put in one transaction.
 *
 * <p>The hash is HMAC-SHA256 keyed with {@code NIK_HASH_SALT}: without the key, the 16-digit NIK space is small
 * enough to reverse a plain hash. The salt MUST be set (a long random secret) in production and never change, or the
 * same NIK hashes differently; without it redaction refuses to run.
 *
 * <p>The redacted item carries {@code expiresAt} (epoch seconds): DynamoDB's TTL on the applicants table deletes the
 * remaining hash and reason codes, typically within a few days after that moment — one more retention period after
 * the redaction, so statistics of refusals reach back at least that far.
 */
@Component
public class Retention {

    public static final String REDACTED_PREFIX = "REDACTED#";
    public static final int DEFAULT_RETENTION_DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final DynamoDbClient dynamo;
    private final String table;
    private final String programme;
    private final String salt;
    private final int retentionDays;

    @Autowired
    public Retention(DynamoDbClient dynamo, Resources resources, Environment env) {
        this(dynamo, resources.applicantsTable(), resources.programmeTable(), env.getProperty("NIK_HASH_SALT"),
                Integer.parseInt(env.getProperty("RETENTION_DAYS", Integer.toString(DEFAULT_RETENTION_DAYS))));
    }

    public Retention(DynamoDbClient dynamo, String applicantsTable, String programmeTable, String salt,
                     int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("RETENTION_DAYS must be at least 1");
        }
        this.dynamo = dynamo;
        this.table = applicantsTable;
        this.programme = programmeTable;
        this.salt = salt;
        this.retentionDays = retentionDays;
    }

    public static boolean isRedacted(String nik) {
        return nik != null && nik.startsWith(REDACTED_PREFIX);
    }

    /**
     * Redacts every INELIGIBLE applicant decided before {@code today - RETENTION_DAYS}.
     *
     * @return how many were redacted
     */
    public int redactExpired(LocalDate today) {
        if (salt == null || salt.isBlank()) {
            throw new IllegalStateException("NIK_HASH_SALT is not set; refusing to redact with a guessable hash");
        }
        LocalDate cutoff = today.minusDays(retentionDays);
        int redacted = 0;
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(b -> b.tableName(table).indexName("byStatus")
                .keyConditionExpression("#s = :s")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", Attr.s(ParticipantStatus.INELIGIBLE.name())))).items()) {
            if (isRedacted(Attr.string(item, "nik"))) {
                continue;
            }
            Applicant a = ApplicantItems.fromItem(item);
            if (a.decision() == null || a.decision().evaluatedOn() == null
                    || !a.decision().evaluatedOn().isBefore(cutoff)) {
                continue;
            }
            if (redact(a, today)) {
                redacted++;
            }
        }
        log.atInfo().addKeyValue("event", "retention_redacted").addKeyValue("count", redacted)
                .addKeyValue("cutoff", cutoff).log("refused applicants redacted");
        return redacted;
    }

    private boolean redact(Applicant a, LocalDate today) {
        String hashed = REDACTED_PREFIX + hmac(a.nik());
        List<String> reasons = a.decision().results().stream().filter(r -> "FAIL".equals(r.outcome()))
                .map(RuleOutcome::code).distinct().toList();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("nik", Attr.s(hashed));
        item.put("status", Attr.s(ParticipantStatus.INELIGIBLE.name()));
        item.put("statusNik", Attr.s(ApplicantItems.statusNik(ParticipantStatus.INELIGIBLE, hashed)));
        if (a.kelurahanCode() != null) {
            item.put("kelurahanCode", Attr.s(a.kelurahanCode()));
        }
        item.put("reasonCodes", AttributeValue.fromL(reasons.stream().map(Attr::s).toList()));
        item.put("redactedOn", Attr.s(today.toString()));
        item.put("expiresAt", Attr.n(today.plusDays(retentionDays).atStartOfDay(Jakarta.ZONE).toEpochSecond()));
        List<TransactWriteItem> writes = new java.util.ArrayList<>(List.of(
                TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                        .key(Map.of("nik", Attr.s(a.nik())))
                        .conditionExpression("#s = :s AND version = :v")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":s", Attr.s(ParticipantStatus.INELIGIBLE.name()),
                                ":v", Attr.n(a.version()))).build()).build(),
                // Two refusals of the same person (a deleted and re-uploaded record) keep one redacted item.
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build()));
        // What is left names no one: it leaves the dashboard's counts, which count the people on record.
        writes.addAll(new ReportCounters.Tally().add(ReportCounters.Cell.of(a), -1).writes(programme));
        try {
            dynamo.transactWriteItems(b -> b.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            // Reopened or changed since it was read: it is no longer an old refusal.
            return false;
        }
    }

    String hmac(String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
