package id.pekalongan.batikberlian.testing;

import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.emulators.DynamoDbLocal;
import id.pekalongan.batikberlian.emulators.ObjectCreated;
import id.pekalongan.batikberlian.emulators.Ports;
import id.pekalongan.batikberlian.emulators.S3Server;
import id.pekalongan.batikberlian.emulators.TemplateTables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Amazon's DynamoDB Local and a real S3-protocol server, in this JVM on free loopback ports, with the tables and the
 * bucket of {@code template.yaml}. Started once per test JVM and shared: tests keep to their own NIKs and keys, or
 * call {@link #resetTables()} first.
 */
public final class LocalAws {

    private static LocalAws instance;

    private final DynamoDbLocal dynamoServer;
    private final S3Server s3Server;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final TemplateTables tables;
    private final String bucket;
    private final List<ObjectCreated> created = new CopyOnWriteArrayList<>();

    private LocalAws() throws Exception {
        CloudFormationTemplate template = CloudFormationTemplate.fromFile(
                Path.of(System.getProperty("batik.root", "..")).resolve("template.yaml"), Map.of("Stage", "test"));
        int[] ports = Ports.free(2);
        dynamoServer = DynamoDbLocal.start(ports[0], null);
        s3Server = S3Server.start(ports[1], null, created::add);
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        dynamo = DynamoDbClient.builder().endpointOverride(dynamoServer.endpoint()).region(Region.AP_SOUTHEAST_3)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        s3 = S3Client.builder().endpointOverride(s3Server.endpoint()).forcePathStyle(true)
                .region(Region.AP_SOUTHEAST_3).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        tables = new TemplateTables(template);
        tables.createMissing(dynamo);
        bucket = template.ref("UploadBucket");
        s3.createBucket(b -> b.bucket(bucket));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            try {
                instance = new LocalAws();
            } catch (Exception e) {
                throw new IllegalStateException("could not start DynamoDB Local and the S3 server", e);
            }
        }
        return instance;
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

    /** Objects created in the bucket since start, as the server reported them. */
    public List<ObjectCreated> createdObjects() {
        return created;
    }

    /** Drops and recreates every table, for tests that count what is stored. */
    public synchronized void resetTables() {
        tables.names().values().forEach(t -> dynamo.deleteTable(b -> b.tableName(t)));
        tables.createMissing(dynamo);
    }

    private void stop() {
        try {
            s3Server.close();
            dynamoServer.close();
        } catch (Exception ignored) {
            // The JVM is exiting; nothing is left to protect.
        }
    }
}
