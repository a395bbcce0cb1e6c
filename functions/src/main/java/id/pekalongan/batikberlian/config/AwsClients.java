package id.pekalongan.batikberlian.config;

import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * SDK clients. In Lambda the region and credentials come from the runtime; the local stack points the same code at
 * loopback through the SDK's own variables {@code AWS_ENDPOINT_URL_DYNAMODB}, {@code AWS_ENDPOINT_URL_S3} and
 * {@code AWS_ENDPOINT_URL_LAMBDA}. The URL-connection HTTP client starts faster than Apache's, which matters for a
 * cold start. Any {@link ExecutionInterceptor} bean is attached to every client: production defines none; the fault
 * tests and the benchmarks register theirs to throttle or count requests.
 */
@Configuration(proxyBeanMethods = false)
public class AwsClients {

    static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";
    static final String S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";
    static final String LAMBDA_ENDPOINT = "AWS_ENDPOINT_URL_LAMBDA";

    @Bean
    public DynamoDbClient dynamoDbClient(Environment env, ObjectProvider<ExecutionInterceptor> interceptors) {
        return configured(DynamoDbClient.builder(), env, interceptors, DYNAMODB_ENDPOINT).build();
    }

    /** Only IngestUpload needs it, and only for a long file: built on first use, not at start. */
    @Bean
    @Lazy
    public LambdaClient lambdaClient(Environment env, ObjectProvider<ExecutionInterceptor> interceptors) {
        return configured(LambdaClient.builder(), env, interceptors, LAMBDA_ENDPOINT).build();
    }

    @Bean
    public S3Client s3Client(Environment env, ObjectProvider<ExecutionInterceptor> interceptors) {
        // A local S3 server answers path-style requests only.
        boolean local = endpoint(env, S3_ENDPOINT) != null;
        return configured(S3Client.builder(), env, interceptors, S3_ENDPOINT).forcePathStyle(local).build();
    }

    /** The URL-connection client, the interceptors, the region, and the endpoint variable when it is set. */
    private static <B extends AwsClientBuilder<B, ?> & SdkSyncClientBuilder<B, ?>> B configured(
            B builder, Environment env, ObjectProvider<ExecutionInterceptor> interceptors, String endpointVariable) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> interceptors.orderedStream().forEach(c::addExecutionInterceptor))
                .region(region(env));
        URI endpoint = endpoint(env, endpointVariable);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    private static URI endpoint(Environment env, String variable) {
        String endpoint = env.getProperty(variable);
        return endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint);
    }

    @Bean
    public S3Presigner s3Presigner(Environment env) {
        S3Presigner.Builder builder = S3Presigner.builder().region(region(env));
        URI endpoint = endpoint(env, S3_ENDPOINT);
        if (endpoint != null) {
            builder.endpointOverride(endpoint)
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
