package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.BatikBerlianApplication;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.emulators.LoopbackAws;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The DynamoDB engine and the S3 server in this JVM on free ports, with the template's tables and bucket, and the
 * functions' Spring context wired to them as Lambda's variables would wire it.
 *
 * <p>Every DynamoDB call the functions make is counted by a {@link DynamoCounter}. The counter reaches the
 * functions' client through a bean post-processor registered on this context only, which hands Spring a client
 * built like the one {@code config.AwsClients} built (same endpoint and region) plus the interceptor. The SDK's
 * global mechanism (an {@code execution.interceptors} file on the classpath) was not used: it would count in every
 * client of every process started from this jar — the local stack included — and a switch to make it idle would be
 * global state too.
 */
public final class BenchAws implements AutoCloseable {

    static final String REGION = LoopbackAws.REGION;

    private final LoopbackAws aws;
    private final DynamoCounter counter = new DynamoCounter();
    private ConfigurableApplicationContext context;

    private BenchAws() {
        aws = LoopbackAws.start(CloudFormationTemplate.fromClasspath(Map.of()), created -> { });
    }

    public static BenchAws start() {
        return new BenchAws();
    }

    /** The variables template.yaml gives every function, pointed at the local servers. */
    public Map<String, String> functionVariables() {
        return aws.functionVariables();
    }

    /** The functions' context, started on first use. */
    public synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
            Map<String, Object> props = new HashMap<>(functionVariables());
            props.put("spring.main.banner-mode", "off");
            // One log line per row or decision would measure the console, and bury the figures.
            props.put("logging.level.id.pekalongan.batikberlian", "WARN");
            context = new SpringApplicationBuilder(BatikBerlianApplication.class).web(WebApplicationType.NONE)
                    .properties(Map.of("spring.main.banner-mode", "off",
                            "logging.level.id.pekalongan.batikberlian", "WARN"))
                    .initializers(ctx -> {
                        // First in line: the local stack, started earlier in this JVM, leaves its own endpoints
                        // in system properties, which would otherwise win over these.
                        ctx.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", props));
                        ctx.getBeanFactory().addBeanPostProcessor(countingClient());
                    })
                    .run();
        }
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private BeanPostProcessor countingClient() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DynamoDbClient original)) {
                    return bean;
                }
                DynamoDbServiceClientConfiguration c = original.serviceClientConfiguration();
                var builder = DynamoDbClient.builder().region(c.region())
                        .httpClientBuilder(UrlConnectionHttpClient.builder())
                        .overrideConfiguration(o -> o.addExecutionInterceptor(counter));
                c.endpointOverride().ifPresent(builder::endpointOverride);
                original.close();
                return builder.build();
            }
        };
    }

    public DynamoCounter counter() {
        return counter;
    }

    /** A client of the benchmark's own, not counted: for seeding and checking. */
    public DynamoDbClient dynamo() {
        return aws.dynamo();
    }

    public S3Client s3() {
        return aws.s3();
    }

    public String bucket() {
        return aws.bucket();
    }

    public Map<String, String> tables() {
        return aws.tables();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        try {
            aws.close();
        } catch (Exception e) {
            System.err.println("{\"event\":\"bench_stop_failed\",\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }
}
