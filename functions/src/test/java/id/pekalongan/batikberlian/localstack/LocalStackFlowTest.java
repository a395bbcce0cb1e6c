package id.pekalongan.batikberlian.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.emulators.TemplateTables;
import id.pekalongan.batikberlian.functions.ingest.IngestUploadFunction;
import id.pekalongan.batikberlian.functions.ingest.UploadOutcome;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same tables and bucket deployed into LocalStack (where Docker runs), and one upload ingested through them:
 * a check that nothing in the functions depends on the in-process emulators. Skipped, saying so, without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackFlowTest {

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse("localstack/localstack:3.8"))
            .withServices(LocalStackContainer.Service.DYNAMODB, LocalStackContainer.Service.S3);

    @Test
    void anUploadIsIngestedThroughTheTemplatesTablesInLocalStack() {
        CloudFormationTemplate template = CloudFormationTemplate.fromFile(
                Path.of(System.getProperty("batik.root", "..")).resolve("template.yaml"),
                Map.of("AWS::StackName", "ls-flow"));
        var credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
        Region region = Region.of(LOCALSTACK.getRegion());
        DynamoDbClient dynamo = DynamoDbClient.builder().region(region).credentialsProvider(credentials)
                .endpointOverride(LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.DYNAMODB)).build();
        S3Client s3 = S3Client.builder().region(region).credentialsProvider(credentials).forcePathStyle(true)
                .endpointOverride(LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.S3)).build();
        TemplateTables tables = new TemplateTables(template);
        tables.createMissing(dynamo);
        String bucket = template.ref("UploadBucket");
        s3.createBucket(b -> b.bucket(bucket));

        Map<String, Object> props = new HashMap<>();
        props.put("AWS_ENDPOINT_URL_DYNAMODB", LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.DYNAMODB)
                .toString());
        props.put("AWS_ENDPOINT_URL_S3", LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.S3).toString());
        props.put("AWS_REGION", LOCALSTACK.getRegion());
        tables.names().forEach((id, name) -> props.put(id.replace("Table", "").toUpperCase() + "_TABLE", name));
        props.put("UPLOAD_BUCKET", bucket);
        var context = FunctionsApp.context(props);

        String key = "incoming/Kauman/localstack.csv";
        String csv = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n3375021708750011,Slamet,17/08/1975,L,Tukang becak\n";
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(csv));
        UploadOutcome outcome = context.getBean(IngestUploadFunction.class).apply(
                AwsEvents.s3ObjectCreatedMessage(bucket, key, csv.length())).uploads().get(0);

        assertThat(outcome.accepted()).isEqualTo(1);
        assertThat(context.getBean(ApplicantStore.class).find("3375021708750011").orElseThrow().status())
                .isEqualTo(ParticipantStatus.PENDING);
    }
}
