package id.pekalongan.batikberlian.dynamodb.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.pekalongan.batikberlian.dynamodb.DynamoDbServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The differences the moto comparison found where moto and DynamoDB's documentation agree and the engine did not,
 * each reproduced on its own against the engine alone and kept as a regression test now that the engine is fixed.
 * A new one goes here with its entry in {@link KnownDivergences#ENGINE_BUGS} until the engine is fixed.
 */
class DifferentialEngineBugsTest {

    private DynamoDbServer engine;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() throws Exception {
        engine = DynamoDbServer.start(0, null);
        dynamo = Clients.dynamo(engine.endpoint());
        dynamo.createTable(b -> b.tableName("bugs").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    }

    @AfterEach
    void stop() {
        dynamo.close();
        engine.close();
    }

    private void put(String pk, String sk, Map<String, AttributeValue> more) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(more);
        item.put("pk", AttributeValue.fromS(pk));
        item.put("sk", AttributeValue.fromS(sk));
        dynamo.putItem(b -> b.tableName("bugs").item(item));
    }

    @Test
    void beginsWithReadBackwardsFindsTheSameItems() {
        for (String sk : List.of("a", "a2", "ab", "b", "c")) {
            put("q", sk, Map.of());
        }

        QueryResponse res = dynamo.query(b -> b.tableName("bugs")
                .keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("q"), ":a", AttributeValue.fromS("a")))
                .scanIndexForward(false));

        assertEquals(List.of("ab", "a2", "a"), res.items().stream().map(i -> i.get("sk").s()).toList());
    }

    @Test
    void anInvalidUpdateIsNamedAmongTheReasonsWhenAnotherConditionFails() {
        put("p", "1", Map.of("n", AttributeValue.fromN("9")));
        put("p", "2", Map.of("n", AttributeValue.fromN("1")));

        TransactionCanceledException e = assertThrows(TransactionCanceledException.class,
                () -> dynamo.transactWriteItems(b -> b.transactItems(
                        t -> t.put(p -> p.tableName("bugs")
                                .item(Map.of("pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromS("1")))
                                .conditionExpression("n < :two")
                                .expressionAttributeValues(Map.of(":two", AttributeValue.fromN("2")))),
                        t -> t.update(u -> u.tableName("bugs")
                                .key(Map.of("pk", AttributeValue.fromS("p"), "sk", AttributeValue.fromS("2")))
                                .updateExpression("SET m.b = :x")
                                .expressionAttributeValues(Map.of(":x", AttributeValue.fromS("x")))))));

        assertEquals(List.of("ConditionalCheckFailed", "ValidationError"),
                e.cancellationReasons().stream().map(CancellationReason::code).toList());
    }
}
