package id.pekalongan.batikberlian.faults;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.BatikBerlianApplication;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.functions.claims.ComputeClaimBenefitFunction;
import id.pekalongan.batikberlian.functions.eligibility.EligibilityService;
import id.pekalongan.batikberlian.functions.ingest.UploadIngestor;
import id.pekalongan.batikberlian.functions.ingest.UploadOutcome;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.QuotaStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * DynamoDB throttling on a fifth of the calls and S3 {@code SlowDown} on a fifth of the requests, injected before
 * they are sent (the one fault that cannot be caused for real on a local server): ingestion, eligibility and a
 * claim still end with exact results. The counts injected are printed.
 */
class InjectedFaultsTest {

    /**
     * Refuses one request in five of each service, deterministically (the second, seventh, …), as a throttled
     * service does before doing any work. Counted per service, so the few S3 requests of a run are refused however
     * many DynamoDB requests come between them.
     */
    static final class Faults implements ExecutionInterceptor {
        final AtomicInteger dynamoThrottled = new AtomicInteger();
        final AtomicInteger s3SlowedDown = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger dynamoCalls = new AtomicInteger();
        private final AtomicInteger s3Calls = new AtomicInteger();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            calls.incrementAndGet();
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            AtomicInteger ofService = "S3".equals(service) ? s3Calls : dynamoCalls;
            if (ofService.getAndIncrement() % 5 != 1) {
                return;
            }
            if ("S3".equals(service)) {
                s3SlowedDown.incrementAndGet();
                throw S3Exception.builder().statusCode(503).message("injected SlowDown")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("SlowDown").serviceName("S3")
                                .errorMessage("Please reduce your request rate.").build()).build();
            }
            dynamoThrottled.incrementAndGet();
            throw ProvisionedThroughputExceededException.builder().statusCode(400).message("injected throttle")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                            .serviceName("DynamoDb").errorMessage("injected throttle").build()).build();
        }
    }

    private static final Faults FAULTS = new Faults();
    private static ConfigurableApplicationContext faulty;

    @BeforeAll
    static void start() {
        LocalAws aws = LocalAws.get();
        aws.resetTables();
        faulty = new SpringApplicationBuilder(BatikBerlianApplication.class).web(WebApplicationType.NONE)
                .properties(FunctionsApp.properties(aws))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("injectedFaults", FAULTS))
                .run();
    }

    @AfterAll
    static void stop() {
        faulty.close();
        System.out.println("faults.calls=" + FAULTS.calls.get());
        System.out.println("faults.dynamodb_throttled=" + FAULTS.dynamoThrottled.get());
        System.out.println("faults.s3_slow_down=" + FAULTS.s3SlowedDown.get());
    }

    @Test
    void ingestionEligibilityAndAClaimEndExactUnderThrottling() throws Exception {
        LocalAws aws = LocalAws.get();
        List<String> niks = new ArrayList<>();
        StringBuilder csv = new StringBuilder("NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n");
        for (int i = 0; i < 20; i++) {
            LocalDate birth = LocalDate.of(1965 + i, 1 + i % 12, 1 + i);
            String nik = Niks.of(2, birth, false);
            niks.add(nik);
            csv.append(nik).append(",Pekerja ").append(i).append(',').append(String.format("%02d/%02d/%d",
                    birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear())).append(",L,Kuli panggul\n");
        }
        csv.append("3.37502E+15,Rusak,01/01/1980,L,Becak\n").append(niks.get(3)).append(",Ganda,01/01/1980,L,Becak\n");
        String key = "incoming/Kauman/throttled.csv";
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(csv.toString()));

        UploadOutcome upload = faulty.getBean(UploadIngestor.class).ingest(aws.bucket(), key, () -> Long.MAX_VALUE);
        assertThat(upload.rowsIn()).isEqualTo(22);
        assertThat(upload.accepted()).isEqualTo(20);
        assertThat(upload.added()).isEqualTo(20);
        assertThat(upload.countsByReason()).containsEntry("NIK_DAMAGED", 1L).containsEntry("NIK_DUPLICATE_IN_FILE", 1L);
        assertThat(aws.dynamo().scan(b -> b.tableName(aws.tables().get("ApplicantsTable"))).count()).isEqualTo(20);

        EligibilityService eligibility = faulty.getBean(EligibilityService.class);
        for (String nik : niks) {
            assertThat(eligibility.decide(nik)).contains(ParticipantStatus.ACTIVE);
        }
        int year = LocalDate.now(Jakarta.ZONE).getYear();
        QuotaStore quotas = FunctionsApp.bean(QuotaStore.class);
        assertThat(quotas.admitted(year)).isEqualTo(20);

        String dead = niks.get(0);
        aws.dynamo().updateItem(b -> b.tableName(aws.tables().get("ApplicantsTable"))
                .key(Map.of("nik", Attr.s(dead))).updateExpression("SET coverageStart = :c")
                .expressionAttributeValues(Map.of(":c", Attr.s("2025-01-01"))));
        ObjectMapper json = new ObjectMapper();
        JsonNode request = json.readTree("{\"nik\":\"" + dead + "\",\"type\":\"JKM_DEATH\",\"incidentDate\":\""
                + LocalDate.now().minusDays(3) + "\"}");
        ComputeClaimBenefitFunction claims = faulty.getBean(ComputeClaimBenefitFunction.class);
        JsonNode claim = claims.apply(request);
        assertThat(claim.path("totalCash").asLong()).as(claim.toString()).isEqualTo(42_000_000L);
        assertThat(claims.apply(request).path("error").path("code").asText()).isEqualTo("CLAIM_ALREADY_EXISTS");
        assertThat(FunctionsApp.bean(ApplicantStore.class).find(dead).orElseThrow().status())
                .isEqualTo(ParticipantStatus.ENDED);
        assertThat(quotas.admitted(year)).as("the slot is given back once").isEqualTo(19);
        assertThat(FAULTS.dynamoThrottled.get()).as("faults were injected").isPositive();
        assertThat(FAULTS.s3SlowedDown.get()).isPositive();
    }
}
