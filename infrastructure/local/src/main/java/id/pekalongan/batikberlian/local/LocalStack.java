package id.pekalongan.batikberlian.local;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.emulators.DynamoDb;
import id.pekalongan.batikberlian.emulators.ObjectCreated;
import id.pekalongan.batikberlian.emulators.S3Server;
import id.pekalongan.batikberlian.emulators.TemplateTables;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything the template deploys, on loopback: DynamoDB (the project's own engine) with the template's tables, an
 * S3 server with its bucket, the template's functions behind Lambda's Invoke API, the HTTP API, and the wiring between
 * them (bucket notifications, the stream's event source mapping, the schedules: the monthly run, the daily redaction).
 */
public final class LocalStack implements AutoCloseable {

    /** A start-up problem a user can fix, said in one line. */
    public static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }
    }

    private final List<AutoCloseable> resources = new ArrayList<>();
    private Options options;
    private CloudFormationTemplate template;
    private DynamoDbClient dynamo;
    private S3Client s3;
    private LambdaRuntime runtime;
    private AsyncInvoker async;
    private List<StreamPoller> pollers = List.of();
    private String bucket;
    private DevTokens tokens;
    private long startMillis;

    private LocalStack() {
    }

    public static LocalStack start(Options options) throws Exception {
        LocalStack stack = new LocalStack();
        try {
            stack.boot(options);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void boot(Options o) throws Exception {
        long t0 = System.nanoTime();
        this.options = o;
        Path dataDir = prepareDataDir(o);
        // The salt only keys hashes of the fictitious sample people; in AWS it is a NoEcho parameter.
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("Stage", "local",
                "NikHashSalt", "local-development-salt-for-fictitious-data-only"));
        parameters.putAll(o.parameters());
        template = CloudFormationTemplate.fromClasspath(parameters);
        List<String> declared = new ArrayList<>();
        template.root().path("Parameters").fieldNames().forEachRemaining(declared::add);
        for (String name : o.parameters().keySet()) {
            if (!declared.contains(name)) {
                throw new StartupException("--parameter-overrides names " + name
                        + ", which template.yaml does not declare; it declares " + declared);
            }
        }

        DynamoDb ddb = DynamoDb.start(o.dynamoPort(),
                dataDir == null ? null : Files.createDirectories(dataDir.resolve("dynamodb")));
        resources.add(ddb);
        dynamo = DynamoDbClient.builder().endpointOverride(ddb.endpoint()).region(Region.of(LocalAccount.REGION))
                .credentialsProvider(LOCAL_CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        resources.add(dynamo);
        new TemplateTables(template).createMissing(dynamo);

        AtomicReference<Consumer<ObjectCreated>> onCreated = new AtomicReference<>(c -> { });
        List<String> formOrigins = List.of("http://127.0.0.1:" + o.apiPort(), "http://localhost:" + o.apiPort());
        S3Server s3Server = S3Server.start(o.s3Port(), dataDir == null ? null : dataDir.resolve("s3"),
                c -> onCreated.get().accept(c), formOrigins);
        resources.add(s3Server);
        s3 = S3Client.builder().endpointOverride(s3Server.endpoint()).forcePathStyle(true)
                .region(Region.of(LocalAccount.REGION)).credentialsProvider(LOCAL_CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        resources.add(s3);
        bucket = template.ref(template.resourcesOfType("AWS::S3::Bucket").keySet().iterator().next());
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            s3.createBucket(b -> b.bucket(bucket));
        }

        configureFunctions(ddb.endpoint(), s3Server.endpoint(), URI.create("http://127.0.0.1:" + o.lambdaPort()));
        runtime = new LambdaRuntime(functionSpecs(o.timeouts()));
        FailedEvents failed = new FailedEvents(dataDir);
        async = new AsyncInvoker(runtime, failed, 500, dataDir);
        resources.add(async);

        S3Notifications notifications = new S3Notifications(S3Notifications.fromTemplate(template), async);
        onCreated.set(notifications::objectCreated);

        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(ddb.endpoint())
                .region(Region.of(LocalAccount.REGION)).credentialsProvider(LOCAL_CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        resources.add(streams);
        List<StreamPoller> started = new ArrayList<>();
        for (StreamMapping m : StreamMapping.fromTemplate(template)) {
            StreamPoller poller = new StreamPoller(m, dynamo, streams, runtime, failed, dataDir);
            poller.start();
            resources.add(poller);
            started.add(poller);
        }
        pollers = started;

        Schedules schedules = new Schedules(Schedules.fromTemplate(template), async);
        schedules.start();
        resources.add(schedules);

        InvokeApiServer invokeApi = new InvokeApiServer(checkedPort(o.lambdaPort(), "the Lambda Invoke API",
                "--lambda-port"), runtime, async);
        invokeApi.start();
        resources.add(invokeApi);

        tokens = new DevTokens(o.apiPort());
        Set<String> origins = new LinkedHashSet<>(List.of("http://127.0.0.1:" + o.apiPort(),
                "http://localhost:" + o.apiPort()));
        String formOrigin = template.value("FormOrigin");
        if (formOrigin != null) {
            origins.add(formOrigin);
        }
        HttpApiGateway gateway = new HttpApiGateway(checkedPort(o.apiPort(), "the HTTP API", "--api-port"),
                HttpRoute.fromTemplate(template), runtime, tokens, origins);
        gateway.start();
        resources.add(gateway);

        // What a killed process had accepted but not finished runs again, now that everything it needs is up.
        async.resumeQueued();
        if (o.sampleData() && new SampleData(s3, bucket).loadIfEmpty()) {
            billFirstCoveredMonthWhenSettled();
        }
        startMillis = (System.nanoTime() - t0) / 1_000_000;
        printBanner();
        warmInBackground();
    }

    private static final StaticCredentialsProvider LOCAL_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private static Path prepareDataDir(Options o) {
        if (o.inMemory()) {
            return null;
        }
        Path dir = o.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new StartupException("data directory " + dir + " is not writable (" + e.getClass().getSimpleName()
                    + "); choose another with --data-dir DIR, or use --in-memory");
        }
    }

    private static int checkedPort(int port, String what, String flag) {
        id.pekalongan.batikberlian.emulators.Ports.requireFree(port, what, flag);
        return port;
    }

    /**
     * The functions read the same variables Lambda would give them; here they are system properties, which Spring
     * and the AWS SDK read as they read the environment.
     */
    private void configureFunctions(URI dynamoEndpoint, URI s3Endpoint, URI lambdaEndpoint) {
        template.root().path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(v -> {
                    try {
                        String value = template.resolve(v.getValue());
                        if (value != null) {
                            System.setProperty(v.getKey(), value);
                        }
                    } catch (IllegalArgumentException unresolvable) {
                        // A value that needs AWS to resolve (a GetAtt) has no local meaning.
                    }
                });
        template.resourcesOfType("AWS::Serverless::Function").values().forEach(f ->
                f.path("Properties").path("Environment").path("Variables").fields().forEachRemaining(v -> {
                    if (!"SPRING_CLOUD_FUNCTION_DEFINITION".equals(v.getKey())) {
                        System.setProperty(v.getKey(), template.resolve(v.getValue()));
                    }
                }));
        new TemplateTables(template).names().forEach((logicalId, name) -> {
            String variable = logicalId.replaceAll("Table$", "").replaceAll("([a-z])([A-Z])", "$1_$2")
                    .toUpperCase() + "_TABLE";
            System.setProperty(variable, name);
        });
        System.setProperty("UPLOAD_BUCKET", bucket);
        System.setProperty("STAGE", "local");
        System.setProperty("MAIN_CLASS", "id.pekalongan.batikberlian.BatikBerlianApplication");
        System.setProperty("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString());
        System.setProperty("AWS_ENDPOINT_URL_S3", s3Endpoint.toString());
        // A function that invokes a function (IngestUpload continuing a long file) reaches this Invoke API.
        System.setProperty("AWS_ENDPOINT_URL_LAMBDA", lambdaEndpoint.toString());
        System.setProperty("AWS_REGION", LocalAccount.REGION);
        System.setProperty("aws.region", LocalAccount.REGION);
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
        System.clearProperty("SPRING_CLOUD_FUNCTION_DEFINITION");
    }

    /** @param timeouts seconds by function name, in place of the template's ({@code --timeout}) */
    private Map<String, FunctionSpec> functionSpecs(Map<String, Integer> timeouts) {
        JsonNode globals = template.root().path("Globals").path("Function");
        Map<String, FunctionSpec> specs = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((name, resource) -> {
            JsonNode p = resource.path("Properties");
            String definition = p.path("Environment").path("Variables").path("SPRING_CLOUD_FUNCTION_DEFINITION")
                    .asText(name);
            int timeout = timeouts.getOrDefault(name, p.path("Timeout").asInt(globals.path("Timeout").asInt(3)));
            int memory = p.path("MemorySize").asInt(globals.path("MemorySize").asInt(128));
            specs.put(name, new FunctionSpec(name, definition, timeout, memory));
        });
        for (String name : timeouts.keySet()) {
            if (!specs.containsKey(name)) {
                throw new StartupException("--timeout names " + name + ", which is not a function of the template ("
                        + String.join(", ", specs.keySet()) + ")");
            }
        }
        return specs;
    }

    private void printBanner() {
        String token = tokens.issue("petugas-dinas", List.of("staff", "finance"), null, 12 * 3600);
        System.out.println("""
                Batik Berlian local stack is up (%d ms)
                  web form and HTTP API  http://127.0.0.1:%d/
                  Lambda Invoke API      http://127.0.0.1:%d   functions: %s
                  S3                     http://127.0.0.1:%d   bucket: %s
                  DynamoDB               http://127.0.0.1:%d   tables: %s
                  data                   %s
                Staff token (12 h; groups staff, finance):
                  %s
                Try:
                  export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=%s
                  aws --endpoint-url http://127.0.0.1:%d s3 ls s3://%s/ --recursive
                  aws --endpoint-url http://127.0.0.1:%d dynamodb list-tables
                Ctrl-C stops it.""".formatted(startMillis, options.apiPort(), options.lambdaPort(),
                String.join(", ", runtime.functionNames()), options.s3Port(), bucket, options.dynamoPort(),
                String.join(", ", new TemplateTables(template).names().values()),
                options.inMemory() ? "in memory (nothing kept)" : options.dataDir().toAbsolutePath(),
                token, LocalAccount.REGION, options.s3Port(), bucket, options.dynamoPort()));
    }

    /**
     * The sample workers are covered from the 1st of next month; once their files are ingested and judged, that
     * month is billed as the schedule will bill it, so the dashboard shows premiums and the budget at once.
     */
    private void billFirstCoveredMonthWhenSettled() {
        Thread t = new Thread(() -> {
            try {
                long deadline = System.currentTimeMillis() + 180_000;
                while (!sampleSettled() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(500);
                }
                String period = java.time.YearMonth.now(Jakarta.ZONE).plusMonths(1).toString();
                async.submit("MonthlyPremium", ("{\"period\":\"" + period + "\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "sample data");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sample-billing");
        t.setDaemon(true);
        t.start();
    }

    /** Every sample file ingested, and nobody left PENDING: the decisions are in. */
    private boolean sampleSettled() {
        Map<String, String> tables = new TemplateTables(template).names();
        var uploads = dynamo.scan(b -> b.tableName(tables.get("UploadsTable"))).items();
        boolean ingested = uploads.size() >= SampleData.FILES.size() && uploads.stream().allMatch(i ->
                i.get("status") != null && List.of("COMPLETED", "REJECTED").contains(i.get("status").s()));
        boolean judged = dynamo.query(b -> b.tableName(tables.get("ApplicantsTable")).indexName("byStatus")
                .keyConditionExpression("#s = :p").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":p",
                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PENDING")))
                .limit(1)).count() == 0;
        return ingested && judged && quiet();
    }

    /** Contexts start in the background, so that the stack answers at once and the first request is not slow. */
    private void warmInBackground() {
        Thread t = new Thread(() -> runtime.functionNames().forEach(name -> {
            try {
                runtime.warm(name);
            } catch (RuntimeException e) {
                System.err.println("{\"event\":\"warm_failed\",\"function\":\"" + name + "\"}");
            }
        }), "warm-functions");
        t.setDaemon(true);
        t.start();
    }

    public String bucket() {
        return bucket;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public S3Client s3() {
        return s3;
    }

    /** True when no asynchronous invocation is queued and every stream has been read to its end. */
    public boolean quiet() {
        return async.pending() == 0 && pollers.stream().allMatch(StreamPoller::idle);
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("{\"event\":\"stop_failed\",\"resource\":\""
                        + resources.get(i).getClass().getSimpleName() + "\",\"error\":\""
                        + e.getClass().getSimpleName() + "\"}");
            }
        }
        resources.clear();
    }
}
