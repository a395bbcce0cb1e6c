package id.pekalongan.batikberlian.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.PackagedFunction;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Each function answers its first event in a JVM of its own, loaded from the built Lambda package through the
 * handler the template names, with the variables the template gives it — a cold start, short of AWS itself.
 */
class FirstInvocationIT {

    @TempDir
    Path temp;

    static Stream<Arguments> functions() {
        LocalAws aws = LocalAws.get();
        String key = "incoming/Kauman/cold-start.csv";
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromString(
                "NIK,Nama,Tgl Lahir,L/P,Pekerjaan\n3375021708750001,Slamet,17/08/1975,L,Tukang becak\n"));
        return Stream.of(
                Arguments.of("IngestUpload", AwsEvents.s3ObjectCreatedJson(aws.bucket(), key, 80)),
                Arguments.of("ValidateEligibility", "{\"Records\":[]}"),
                Arguments.of("MonthlyPremium", "{\"period\":\"2026-12\"}"),
                Arguments.of("ComputeClaimBenefit", "{\"type\":\"JKM_DEATH\",\"simulate\":true,"
                        + "\"incidentDate\":\"2026-01-10\",\"contributionMonths\":12}"),
                Arguments.of("Api", "{\"version\":\"2.0\",\"routeKey\":\"GET /\",\"rawPath\":\"/\","
                        + "\"rawQueryString\":\"\",\"headers\":{},\"requestContext\":{\"http\":{\"method\":\"GET\","
                        + "\"path\":\"/\",\"sourceIp\":\"127.0.0.1\"},\"requestId\":\"r\",\"routeKey\":\"GET /\","
                        + "\"stage\":\"$default\"},\"isBase64Encoded\":false}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void answersItsFirstEventInAFreshJvm(String function, String event) throws Exception {
        assertThat(PackagedFunction.pkg()).as("the Lambda package is built by 'package' before the integration tests")
                .exists();
        // Sixty seconds of deadline, and a minute more before the JVM is given up: two minutes in all.
        PackagedFunction.Run run = PackagedFunction.invoke(function, event, LambdaLogLines.nikProbe(), 60, temp);
        assertThat(run.exitCode()).as(run.output()).isZero();
        LambdaLogLines.check(function, run.output(), "3375021708750001");
        JsonNode answer = run.answer();
        assertThat(answer).as(run.output()).isNotNull();
        assertThat(answer.has("errorMessage")).as(answer.toString()).isFalse();
        switch (function) {
            case "IngestUpload" -> assertThat(answer.path("uploads").path(0).path("rowsIn").asInt()).isEqualTo(1);
            case "ValidateEligibility" -> assertThat(answer.path("batchItemFailures")).isEmpty();
            case "MonthlyPremium" -> assertThat(answer.path("period").asText()).isEqualTo("2026-12");
            case "ComputeClaimBenefit" -> assertThat(answer.path("totalCash").asLong()).isEqualTo(42_000_000L);
            case "Api" -> assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
            default -> throw new AssertionError(function);
        }
        System.out.println("first_invocation." + function + "_ms=" + run.millis());
    }
}
