package id.pekalongan.batikberlian.storage;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.config.Resources;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Upload records, keyed by the SHA-256 of the file's bytes, with the progress of a long file. */
@Component
public class UploadStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public UploadStore(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.table = resources.uploadsTable();
    }

    /**
     * Records a file as being processed, unless these bytes were recorded before.
     *
     * @return the record as it now stands: new, or the earlier one (finished, or in progress after a crash)
     */
    public UploadRecord start(String uploadId, String bucket, String key, String kelurahanCode, Instant receivedAt) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("uploadId", s(uploadId));
        item.put("bucket", s(bucket));
        item.put("objectKey", s(key));
        item.put("kelurahanCode", s(kelurahanCode == null ? "-" : kelurahanCode));
        item.put("receivedAt", s(receivedAt.toString()));
        item.put("status", s(UploadRecord.PROCESSING));
        item.put("rowsCheckpointed", n(0));
        item.put("hop", n(0));
        item.put("progressAt", s(receivedAt.toString()));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(uploadId)"));
            return fromItem(item);
        } catch (ConditionalCheckFailedException repeated) {
            return find(uploadId).orElseThrow();
        }
    }

    /** Notes another key under which the same bytes arrived. */
    public void addAlias(String uploadId, String key) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                .updateExpression("ADD alsoReceivedAs :k")
                .expressionAttributeValues(Map.of(":k", AttributeValue.fromSs(java.util.List.of(key)))));
    }

    /** Progress of a long file: the rows up to here are stored, so a continuation writes nothing for them again. */
    public void checkpoint(String uploadId, long rowsDone, Instant at) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                .updateExpression("SET rowsCheckpointed = :r, progressAt = :at")
                .conditionExpression("#s = :p")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":r", n(rowsDone), ":p", s(UploadRecord.PROCESSING),
                        ":at", s(at.toString()))));
    }

    /**
     * Marks a stalled upload as being resumed at {@code at}, only if nothing has moved since {@code lastProgress}:
     * of two staff clicking "resume" at once, one resumes it.
     */
    public boolean markResumed(String uploadId, String lastProgress, Instant at) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                    .updateExpression("SET progressAt = :at ADD resumes :one")
                    .conditionExpression("#s = :p AND (progressAt = :last OR attribute_not_exists(progressAt))")
                    .expressionAttributeNames(Map.of("#s", "status"))
                    .expressionAttributeValues(Map.of(":at", s(at.toString()), ":one", n(1),
                            ":p", s(UploadRecord.PROCESSING), ":last", s(lastProgress))));
            return true;
        } catch (ConditionalCheckFailedException moved) {
            return false;
        }
    }

    /**
     * Hands a long file on from the invocation holding hop {@code current} to continuation {@code next}. Only one
     * invocation moves the hop on; a second copy of the same invocation finds it moved and must not start another.
     *
     * @return false when the hop had moved already or the upload is no longer in progress
     */
    public boolean requestHop(String uploadId, int current, int next) {
        String hopIs = current == 0 ? "(hop = :cur OR attribute_not_exists(hop))" : "hop = :cur";
        return conditionalUpdate(uploadId, "SET hop = :next REMOVE hopLeaseUntil", "#s = :p AND " + hopIs,
                Map.of(":cur", n(current), ":next", n(next), ":p", s(UploadRecord.PROCESSING)));
    }

    /**
     * Takes back continuation {@code next} when its invocation could not be requested, unless a delivery of it has
     * already claimed it (the request then went through after all).
     *
     * @return false when the continuation is already running
     */
    public boolean withdrawHop(String uploadId, int next, int current) {
        return conditionalUpdate(uploadId, "SET hop = :cur",
                "#s = :p AND hop = :next AND attribute_not_exists(hopLeaseUntil)",
                Map.of(":cur", n(current), ":next", n(next), ":p", s(UploadRecord.PROCESSING)));
    }

    /**
     * Claims continuation {@code hop} for one invocation until {@code leaseUntil} (its deadline). Another delivery
     * of the same continuation finds it claimed, moved on or finished, and must do nothing; one that comes after
     * the claimant's deadline (the claimant was stopped without a word) takes it over.
     */
    public boolean claimHop(String uploadId, int hop, Instant now, Instant leaseUntil) {
        return conditionalUpdate(uploadId, "SET hopLeaseUntil = :lease",
                "#s = :p AND hop = :h AND (attribute_not_exists(hopLeaseUntil) OR hopLeaseUntil < :now)",
                Map.of(":h", n(hop), ":now", n(now.toEpochMilli()), ":lease", n(leaseUntil.toEpochMilli()),
                        ":p", s(UploadRecord.PROCESSING)));
    }

    /** Gives up the claim on continuation {@code hop} after a failure, so that its retry may claim it again. */
    public void releaseHop(String uploadId, int hop) {
        conditionalUpdate(uploadId, "REMOVE hopLeaseUntil", "#s = :p AND hop = :h",
                Map.of(":h", n(hop), ":p", s(UploadRecord.PROCESSING)));
    }

    private boolean conditionalUpdate(String uploadId, String update, String condition,
                                      Map<String, AttributeValue> values) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                    .updateExpression(update).conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    public void finish(String uploadId, String status, long rowsIn, long accepted, long rejected, long added,
                       Map<String, Long> countsByReason, String reportKey, Instant finishedAt) {
        finish(uploadId, status, rowsIn, accepted, rejected, added, countsByReason, reportKey, finishedAt, null);
    }

    /** @param message why the upload ended as it did, kept on the record when given (a FAILED upload says why) */
    public void finish(String uploadId, String status, long rowsIn, long accepted, long rejected, long added,
                       Map<String, Long> countsByReason, String reportKey, Instant finishedAt, String message) {
        Map<String, AttributeValue> counts = new LinkedHashMap<>();
        countsByReason.forEach((k, v) -> counts.put(k, n(v)));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":s", s(status));
        values.put(":in", n(rowsIn));
        values.put(":a", n(accepted));
        values.put(":r", n(rejected));
        values.put(":d", n(added));
        values.put(":c", AttributeValue.fromM(counts));
        values.put(":k", s(reportKey));
        values.put(":f", s(finishedAt.toString()));
        String update = "SET #s = :s, rowsIn = :in, accepted = :a, rejected = :r, added = :d, "
                + "countsByReason = :c, reportKey = :k, finishedAt = :f";
        if (message != null) {
            values.put(":m", s(message));
            update += ", message = :m";
        }
        String expression = update;
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                .updateExpression(expression)
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(values));
    }

    public Optional<UploadRecord> find(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("uploadId", s(uploadId))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    /** Every upload's id (a scan: for tests and small listings). */
    public java.util.List<String> findAll() {
        return dynamo.scanPaginator(b -> b.tableName(table).projectionExpression("uploadId")).items().stream()
                .map(i -> Attr.string(i, "uploadId")).toList();
    }

    /** The stored item as plain values ({@link Attr#plain}), for answers that show every attribute. */
    public Optional<java.util.SortedMap<String, Object>> findItem(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("uploadId", s(uploadId))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Attr.plain(item));
    }

    /**
     * The uploads of one kelurahan through the {@code byKelurahan} index, or, when {@code kelurahanCode} is null,
     * every upload (a scan: a city's few hundred files a year), as plain values.
     */
    public java.util.List<java.util.SortedMap<String, Object>> list(String kelurahanCode) {
        var items = kelurahanCode == null
                ? dynamo.scanPaginator(b -> b.tableName(table)).items()
                : dynamo.queryPaginator(b -> b.tableName(table).indexName("byKelurahan")
                        .keyConditionExpression("kelurahanCode = :k")
                        .expressionAttributeValues(Map.of(":k", s(kelurahanCode)))).items();
        java.util.List<java.util.SortedMap<String, Object>> out = new java.util.ArrayList<>();
        items.forEach(i -> out.add(Attr.plain(i)));
        return out;
    }

    static UploadRecord fromItem(Map<String, AttributeValue> item) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (item.containsKey("countsByReason")) {
            item.get("countsByReason").m().forEach((k, v) -> counts.put(k, Long.parseLong(v.n())));
        }
        String kelurahan = Attr.string(item, "kelurahanCode");
        return new UploadRecord(Attr.string(item, "uploadId"), Attr.string(item, "bucket"),
                Attr.string(item, "objectKey"), "-".equals(kelurahan) ? null : kelurahan,
                Instant.parse(Attr.string(item, "receivedAt")), Attr.string(item, "status"),
                Attr.number(item, "rowsIn", 0), Attr.number(item, "accepted", 0), Attr.number(item, "rejected", 0),
                Attr.number(item, "added", 0), Attr.number(item, "rowsCheckpointed", 0),
                (int) Attr.number(item, "hop", 0), Attr.string(item, "reportKey"), counts);
    }
}
