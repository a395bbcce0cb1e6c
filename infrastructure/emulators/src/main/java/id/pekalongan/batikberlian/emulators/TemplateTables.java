package id.pekalongan.batikberlian.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/** The {@code AWS::DynamoDB::Table} resources of the template, created as they are declared. */
public final class TemplateTables {

    private final CloudFormationTemplate template;

    public TemplateTables(CloudFormationTemplate template) {
        this.template = template;
    }

    /** Logical id → physical table name. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        template.resourcesOfType("AWS::DynamoDB::Table").keySet().forEach(id -> names.put(id, template.ref(id)));
        return names;
    }

    public List<CreateTableRequest> createRequests() {
        List<CreateTableRequest> requests = new ArrayList<>();
        template.resourcesOfType("AWS::DynamoDB::Table").forEach((id, resource) ->
                requests.add(toRequest(id, resource.path("Properties"))));
        return requests;
    }

    /** Creates every table that does not exist yet; returns the names of those it created. */
    public List<String> createMissing(DynamoDbClient dynamo) {
        List<String> created = new ArrayList<>();
        List<String> existing = dynamo.listTablesPaginator().tableNames().stream().toList();
        for (CreateTableRequest request : createRequests()) {
            if (existing.contains(request.tableName())) {
                continue;
            }
            try {
                dynamo.createTable(request);
                created.add(request.tableName());
            } catch (ResourceInUseException raced) {
                // Another process created it between the listing and now: the table is there, which is what counts.
            }
        }
        return created;
    }

    private CreateTableRequest toRequest(String logicalId, JsonNode p) {
        String name = template.ref(logicalId);
        CreateTableRequest.Builder b = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes(p.path("AttributeDefinitions")))
                .keySchema(keys(p.path("KeySchema")));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode gsi : p.path("GlobalSecondaryIndexes")) {
            Projection.Builder projection = Projection.builder()
                    .projectionType(gsi.path("Projection").path("ProjectionType").asText("ALL"));
            List<String> nonKey = new ArrayList<>();
            gsi.path("Projection").path("NonKeyAttributes").forEach(a -> nonKey.add(a.asText()));
            if (!nonKey.isEmpty()) {
                projection.nonKeyAttributes(nonKey);
            }
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(template.resolve(gsi.get("IndexName")))
                    .keySchema(keys(gsi.path("KeySchema")))
                    .projection(projection.build())
                    .build());
        }
        if (!indexes.isEmpty()) {
            b.globalSecondaryIndexes(indexes);
        }
        JsonNode stream = p.path("StreamSpecification");
        if (stream.has("StreamViewType")) {
            b.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(stream.get("StreamViewType").asText())
                    .build());
        }
        return b.build();
    }

    private List<AttributeDefinition> attributes(JsonNode defs) {
        List<AttributeDefinition> out = new ArrayList<>();
        defs.forEach(d -> out.add(AttributeDefinition.builder()
                .attributeName(d.get("AttributeName").asText())
                .attributeType(d.get("AttributeType").asText())
                .build()));
        return out;
    }

    private List<KeySchemaElement> keys(JsonNode schema) {
        List<KeySchemaElement> out = new ArrayList<>();
        schema.forEach(k -> out.add(KeySchemaElement.builder()
                .attributeName(k.get("AttributeName").asText())
                .keyType(k.get("KeyType").asText())
                .build()));
        return out;
    }
}
