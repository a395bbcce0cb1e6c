package id.pekalongan.batikberlian.dynamodb.differential;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One generated operation, run the same on each engine.
 *
 * @param kind    the operation, e.g. {@code UpdateItem}
 * @param tags    what the request uses that a known divergence may concern (e.g. {@code limit+filter})
 * @param request the SDK request(s), printed in a failure so that it can be replayed
 * @param touched the items a write may have changed, to bring the engines back in line after a divergence
 */
record Step(int index, String kind, Set<String> tags, String request, Function<DynamoDbClient, Outcome> action,
            List<Touched> touched) {

    record Touched(String table, Map<String, AttributeValue> key) {
    }

    boolean isWrite() {
        return !touched.isEmpty();
    }

    Outcome run(DynamoDbClient client) {
        try {
            return action.apply(client);
        } catch (AwsServiceException e) {
            return Outcome.error(e);
        }
    }
}
