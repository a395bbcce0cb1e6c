package id.pekalongan.batikberlian.testing;

import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.emulators.LoopbackAws;
import id.pekalongan.batikberlian.emulators.ObjectCreated;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The project's DynamoDB engine and a real S3-protocol server, in this JVM on free loopback ports, with the tables and
 * the bucket of {@code template.yaml}. Started once per test JVM and shared: tests keep to their own NIKs and keys,
 * or call {@link #resetTables()} first.
 */
public final class LocalAws {

    private static LocalAws instance;

    private final LoopbackAws aws;
    private final List<ObjectCreated> created = new CopyOnWriteArrayList<>();

    private LocalAws() {
        CloudFormationTemplate template = CloudFormationTemplate.fromFile(
                Path.of(System.getProperty("batik.root", "..")).resolve("template.yaml"), Map.of("Stage", "test"));
        aws = LoopbackAws.start(template, created::add);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                aws.close();
            } catch (Exception ignored) {
                // The JVM is exiting; nothing is left to protect.
            }
        }));
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            instance = new LocalAws();
        }
        return instance;
    }

    public DynamoDbClient dynamo() {
        return aws.dynamo();
    }

    public S3Client s3() {
        return aws.s3();
    }

    public String bucket() {
        return aws.bucket();
    }

    /** Logical id → table name, e.g. {@code ApplicantsTable → batik-berlian-applicants}. */
    public Map<String, String> tables() {
        return aws.tables();
    }

    public String dynamoEndpoint() {
        return aws.dynamoEndpoint();
    }

    public String s3Endpoint() {
        return aws.s3Endpoint();
    }

    /** The variables template.yaml gives every function, pointed at the local servers. */
    public Map<String, String> functionVariables() {
        return aws.functionVariables();
    }

    /** Objects created in the bucket since start, as the server reported them. */
    public List<ObjectCreated> createdObjects() {
        return created;
    }

    /** Drops and recreates every table, for tests that count what is stored. */
    public void resetTables() {
        aws.resetTables();
    }
}
