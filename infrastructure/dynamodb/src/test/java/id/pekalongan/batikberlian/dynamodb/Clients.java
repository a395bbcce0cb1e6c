package id.pekalongan.batikberlian.dynamodb;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Clients and small builders shared by the engine's tests. */
final class Clients {

    static final Region REGION = Region.of("ap-southeast-3");
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private Clients() {
    }

    static DynamoDbClient dynamo(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(REGION).credentialsProvider(CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static DynamoDbStreamsClient streams(URI endpoint) {
        return DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(REGION)
                .credentialsProvider(CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    static AttributeValue b(byte... v) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(v));
    }

    /** An item from alternating names and values. */
    static Map<String, AttributeValue> item(Object... kv) {
        Map<String, AttributeValue> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof AttributeValue a ? a : v instanceof Number x ? n(x.toString())
                    : s(v.toString()));
        }
        return m;
    }

    /** A PAY_PER_REQUEST table with a hash key and an optional range key. */
    static void table(DynamoDbClient ddb, String name, String hash, ScalarAttributeType hashType, String range,
                      ScalarAttributeType rangeType) {
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (range == null) {
            b.attributeDefinitions(a -> a.attributeName(hash).attributeType(hashType))
                    .keySchema(k -> k.attributeName(hash).keyType(KeyType.HASH));
        } else {
            b.attributeDefinitions(a -> a.attributeName(hash).attributeType(hashType),
                            a -> a.attributeName(range).attributeType(rangeType))
                    .keySchema(k -> k.attributeName(hash).keyType(KeyType.HASH),
                            k -> k.attributeName(range).keyType(KeyType.RANGE));
        }
        ddb.createTable(b.build());
    }
}
