package id.pekalongan.batikberlian.functions.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The five functions that are not HTTP, as Lambda runs them ({@code FunctionInvoker}, raw bytes): each takes
 * exactly one event. An array where one event is expected — of real events, of numbers, nested — is refused whole
 * with a stable code, and nothing in it runs.
 */
class OneEventPerInvocationTest {

    @ParameterizedTest(name = "{0} given {1}")
    @CsvSource(delimiter = '|', value = {
            "ValidateEligibility | [{\"reevaluate\":{}}]",
            "ValidateEligibility | [{\"Records\":[]},{\"Records\":[]}]",
            "ValidateEligibility | [[{\"retention\":{}}]]",
            "RedactExpiredRefusals | [{\"scheduledTime\":\"2026-12-07T18:30:00Z\"}]",
            "RedactExpiredRefusals | [{}]",
            "RedactExpiredRefusals | true",
            "MonthlyPremium      | [{\"period\":\"2031-01\"}]",
            "MonthlyPremium      | [1,2,3]",
            "ComputeClaimBenefit | [{\"type\":\"JKM_DEATH\",\"simulate\":true,\"incidentDate\":\"2026-01-10\"}]",
            "ComputeClaimBenefit | [\"a\"]",
            "IngestUpload        | [{\"continueUpload\":{}}]",
            "IngestUpload        | 42",
            "IngestUpload        | \"incoming/Kauman/x.csv\"",
    })
    void anArrayOrScalarIsRefusedWhole(String function, String event) {
        Throwable refused = catchThrowable(() -> InvokerHarness.invoke(function, event));
        assertThat(root(refused)).as("%s refuses %s", function, event).isInstanceOf(OneEvent.NotOneEvent.class);
        assertThat(((OneEvent.NotOneEvent) root(refused)).code()).isEqualTo("EVENT_NOT_ONE_OBJECT");
    }

    @Test
    void twoS3EventsInOneInvocationIngestNeither() throws Exception {
        LocalAws aws = LocalAws.get();
        String key = "incoming/Kauman/one-event-" + System.nanoTime() + ".csv";
        String csv = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n" + Niks.male(LocalDate.of(1975, 8, 17))
                + ",Slamet,17/08/1975,L,Tukang becak\n";
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(csv));
        String one = AwsEvents.s3ObjectCreatedJson(aws.bucket(), key, csv.length());

        Throwable refused = catchThrowable(() -> InvokerHarness.invoke("IngestUpload", "[" + one + "," + one + "]"));

        assertThat(root(refused)).isInstanceOf(OneEvent.NotOneEvent.class);
        String uploadId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv.getBytes(StandardCharsets.UTF_8)));
        Map<String, AttributeValue> stored = aws.dynamo().getItem(b -> b.tableName(aws.tables().get("UploadsTable"))
                .key(Map.of("uploadId", AttributeValue.fromS(uploadId)))).item();
        assertThat(stored).as("no upload record from a refused invocation").isEmpty();

        // The same object in one proper event is ingested: the refusal above was about the shape alone.
        String answer = InvokerHarness.invoke("IngestUpload", one);
        assertThat(answer).contains(uploadId);
    }

    @Test
    void aBillingPeriodInsideAnArrayIsNeverBilled() {
        LocalAws aws = LocalAws.get();
        catchThrowable(() -> InvokerHarness.invoke("MonthlyPremium", "[{\"period\":\"2031-02\"}]"));
        int items = aws.dynamo().query(b -> b.tableName(aws.tables().get("BillingTable"))
                .keyConditionExpression("period = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("2031-02")))).count();
        assertThat(items).as("nothing stored for a period named inside a refused array").isZero();
    }

    @Test
    void oneProperEventStillWorksForEachFunction() throws Exception {
        assertThat(InvokerHarness.invoke("ValidateEligibility", "{\"Records\":[]}")).contains("batchItemFailures");
        assertThat(InvokerHarness.invoke("ComputeClaimBenefit", "{\"type\":\"JKM_DEATH\",\"simulate\":true,"
                + "\"incidentDate\":\"2026-01-10\",\"contributionMonths\":12}")).contains("42000000");
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
