package id.pekalongan.batikberlian.functions.premium;

import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.config.Resources;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Select;

@Component
public class ParticipantCounter {

    private final DynamoDbClient dynamo;
    private final String table;

    public ParticipantCounter(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.table = resources.applicantsTable();
    }

    public long activeParticipants() {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName("byStatus")
                        .keyConditionExpression("#s = :active")
                        .expressionAttributeNames(Map.of("#s", "status"))
                        .expressionAttributeValues(Map.of(":active", s("ACTIVE")))
                        .select(Select.COUNT))
                .stream().mapToLong(page -> page.count()).sum();
    }
}
