package id.pekalongan.batikberlian.storage;

import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.config.Resources;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Upload records, keyed by the SHA-256 of the file's bytes. */
@Component
public class UploadStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public UploadStore(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.table = resources.uploadsTable();
    }

    /** @return false when these bytes were recorded before (the first record is left as it was) */
    public boolean recordReceived(String uploadId, String bucket, String key, long sizeBytes, Instant receivedAt) {
        try {
            dynamo.putItem(b -> b.tableName(table)
                    .item(Map.of(
                            "uploadId", s(uploadId),
                            "bucket", s(bucket),
                            "objectKey", s(key),
                            "sizeBytes", n(sizeBytes),
                            "receivedAt", s(receivedAt.toString()),
                            "status", s("RECEIVED")))
                    .conditionExpression("attribute_not_exists(uploadId)"));
            return true;
        } catch (ConditionalCheckFailedException repeated) {
            return false;
        }
    }

    public Optional<Map<String, AttributeValue>> find(String uploadId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("uploadId", s(uploadId))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
