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
    public void checkpoint(String uploadId, long rowsDone) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                .updateExpression("SET rowsCheckpointed = :r")
                .conditionExpression("#s = :p")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":r", n(rowsDone), ":p", s(UploadRecord.PROCESSING))));
    }

    public void finish(String uploadId, String status, long rowsIn, long accepted, long rejected, long added,
                       Map<String, Long> countsByReason, String reportKey, Instant finishedAt) {
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
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("uploadId", s(uploadId)))
                .updateExpression("SET #s = :s, rowsIn = :in, accepted = :a, rejected = :r, added = :d, "
                        + "countsByReason = :c, reportKey = :k, finishedAt = :f")
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

    /** The stored item as it is, for answers that show every attribute. */
    public Optional<Map<String, AttributeValue>> findItem(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("uploadId", s(uploadId))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
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
                Attr.string(item, "reportKey"), counts);
    }
}
