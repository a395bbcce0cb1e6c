package id.pekalongan.batikberlian.emulators;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The DynamoDB engine and the S3 server in memory on free loopback ports, with the template's tables and bucket, and
 * the variables a function needs to use them: what the functions' tests and the benchmarks stand on.
 */
public final class LoopbackAws implements AutoCloseable {

    public static final String REGION = "ap-southeast-3";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private final DynamoDb dynamoServer;
    private final S3Server s3Server;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final TemplateTables tables;
    private final String bucket;

    private LoopbackAws(CloudFormationTemplate template, Consumer<ObjectCreated> onCreated) throws Exception {
        int[] ports = Ports.free(2);
        dynamoServer = DynamoDb.start(ports[0], null);
        s3Server = S3Server.start(ports[1], null, onCreated);
        dynamo = DynamoDbClient.builder().endpointOverride(dynamoServer.endpoint()).region(Region.of(REGION))
                .credentialsProvider(CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        s3 = S3Client.builder().endpointOverride(s3Server.endpoint()).forcePathStyle(true).region(Region.of(REGION))
                .credentialsProvider(CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        tables = new TemplateTables(template);
        tables.createMissing(dynamo);
        bucket = template.ref("UploadBucket");
        s3.createBucket(b -> b.bucket(bucket));
    }

    public static LoopbackAws start(CloudFormationTemplate template, Consumer<ObjectCreated> onCreated) {
        try {
            return new LoopbackAws(template, onCreated);
        } catch (Exception e) {
            throw new IllegalStateException("could not start DynamoDB and the S3 server: " + e, e);
        }
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public S3Client s3() {
        return s3;
    }

    public String bucket() {
        return bucket;
    }

    /** Logical id → table name, e.g. {@code ApplicantsTable → batik-berlian-applicants}. */
    public Map<String, String> tables() {
        return tables.names();
    }

    public String dynamoEndpoint() {
        return dynamoServer.endpoint().toString();
    }

    public String s3Endpoint() {
        return s3Server.endpoint().toString();
    }

    /** The variables template.yaml gives every function, pointed at these servers. */
    public Map<String, String> functionVariables() {
        Map<String, String> tableNames = tables.names();
        Map<String, String> p = new HashMap<>();
        p.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint());
        p.put("AWS_ENDPOINT_URL_S3", s3Endpoint());
        p.put("AWS_REGION", REGION);
        p.put("APPLICANTS_TABLE", tableNames.get("ApplicantsTable"));
        p.put("UPLOADS_TABLE", tableNames.get("UploadsTable"));
        p.put("PROGRAMME_TABLE", tableNames.get("ProgrammeTable"));
        p.put("BILLING_TABLE", tableNames.get("BillingTable"));
        p.put("CLAIMS_TABLE", tableNames.get("ClaimsTable"));
        p.put("UPLOAD_BUCKET", bucket);
        return p;
    }

    /** Drops and recreates every table, for a test that counts what is stored. */
    public synchronized void resetTables() {
        tables.names().values().forEach(t -> dynamo.deleteTable(b -> b.tableName(t)));
        tables.createMissing(dynamo);
    }

    @Override
    public void close() throws Exception {
        dynamo.close();
        s3.close();
        s3Server.close();
        dynamoServer.close();
    }
}
