package id.pekalongan.batikberlian.config;

import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * SDK clients. In Lambda the region and credentials come from the runtime; the local stack points the same code at
 * loopback through the SDK's own variables {@code AWS_ENDPOINT_URL_DYNAMODB} and {@code AWS_ENDPOINT_URL_S3}.
 * The URL-connection HTTP client starts faster than Apache's, which matters for a cold start. Any
 * {@link ExecutionInterceptor} bean is attached to both clients: production defines none; the fault tests and the
 * benchmarks register theirs to throttle or count requests.
 */
@Configuration(proxyBeanMethods = false)
public class AwsClients {

    static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";
    static final String S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";

    @Bean
    public DynamoDbClient dynamoDbClient(Environment env, ObjectProvider<ExecutionInterceptor> interceptors) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> interceptors.orderedStream().forEach(c::addExecutionInterceptor))
                .region(region(env));
        String endpoint = env.getProperty(DYNAMODB_ENDPOINT);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Bean
    public DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient dynamo) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(dynamo).build();
    }

    @Bean
    public S3Client s3Client(Environment env, ObjectProvider<ExecutionInterceptor> interceptors) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> interceptors.orderedStream().forEach(c::addExecutionInterceptor))
                .region(region(env));
        String endpoint = env.getProperty(S3_ENDPOINT);
        if (endpoint != null && !endpoint.isBlank()) {
            // A local S3 server answers path-style requests only.
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return builder.build();
    }

    @Bean
    public S3Presigner s3Presigner(Environment env) {
        S3Presigner.Builder builder = S3Presigner.builder().region(region(env));
        String endpoint = env.getProperty(S3_ENDPOINT);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint))
                    .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                            .pathStyleAccessEnabled(true).build());
        }
        return builder.build();
    }

    private static Region region(Environment env) {
        String region = env.getProperty("AWS_REGION", env.getProperty("aws.region", "ap-southeast-3"));
        return Region.of(region);
    }
}
