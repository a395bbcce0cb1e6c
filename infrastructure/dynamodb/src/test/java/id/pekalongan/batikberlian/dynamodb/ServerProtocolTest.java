package id.pekalongan.batikberlian.dynamodb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The wire: targets, content type, CRC32 and request id headers, error bodies. */
class ServerProtocolTest {

    static DynamoDbServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbServer.start(0, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String target, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.endpoint().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=anyone/20260101/us-east-1/dynamodb/"
                        + "aws4_request, SignedHeaders=host, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            b.header("X-Amz-Target", target);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("DynamoDB_20120810.RestoreTableFromBackup", "{}", "UnknownOperationException",
                        "RestoreTableFromBackup"),
                Arguments.of(null, "{}", "UnknownOperationException", "X-Amz-Target"),
                Arguments.of("DynamoDB_20120810.GetItem", "{not json", "SerializationException", ""),
                Arguments.of("DynamoDB_20120810.GetItem", "{\"TableName\":\"missing\",\"Key\":{\"id\":{\"S\":\"1\"}}}",
                        "ResourceNotFoundException", "Requested resource not found"),
                Arguments.of("DynamoDB_20120810.CreateTable", "{\"TableName\":\"tab1\"}", "ValidationException",
                        "attributeDefinitions"),
                Arguments.of("DynamoDBStreams_20120810.GetRecords", "{\"ShardIterator\":\"x\"}",
                        "ValidationException", "ShardIterator"));
    }

    @ParameterizedTest(name = "{2} for {0}")
    @MethodSource("errors")
    void answersErrorsAsDynamoDb(String target, String body, String type, String words) throws Exception {
        HttpResponse<String> r = post(target, body);
        assertEquals(400, r.statusCode());
        JsonNode json = JSON.readTree(r.body());
        assertEquals("com.amazonaws.dynamodb.v20120810#" + type, json.get("__type").asText());
        assertTrue(json.get("message").asText().contains(words), json.toString());
        checkHeaders(r);
    }

    private static void checkHeaders(HttpResponse<String> r) {
        CRC32 crc = new CRC32();
        crc.update(r.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(Long.toString(crc.getValue()), r.headers().firstValue("x-amz-crc32").orElseThrow());
        assertNotNull(r.headers().firstValue("x-amzn-RequestId").orElse(null));
        assertEquals("application/x-amz-json-1.0", r.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void answersInTheRegionSignedForWithOneDatabase() throws Exception {
        HttpResponse<String> r = post("DynamoDB_20120810.CreateTable", "{\"TableName\":\"wire\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}");
        assertEquals(200, r.statusCode(), r.body());
        checkHeaders(r);
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/wire",
                JSON.readTree(r.body()).path("TableDescription").path("TableArn").asText());
        try (var ddb = Clients.dynamo(server.endpoint())) {
            assertTrue(ddb.listTables().tableNames().contains("wire"), "other credentials, same tables");
        }
    }

    @Test
    void answersAHealthCheck() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("healthy"));
    }
}
