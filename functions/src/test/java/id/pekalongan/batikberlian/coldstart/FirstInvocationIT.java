package id.pekalongan.batikberlian.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.emulators.FreshJvmInvoke;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    private static final ObjectMapper JSON = new ObjectMapper();

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
        Path pkg = Path.of(System.getProperty("batik.functions.jar", "target/batik-berlian-functions-aws.zip"));
        assertThat(pkg).as("the Lambda package is built by 'package' before the integration tests").exists();
        Path eventFile = Files.writeString(temp.resolve(function + ".json"), event);
        Path runner = Path.of(FreshJvmInvoke.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path log = temp.resolve(function + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", pkg + File.pathSeparator + runner, FreshJvmInvoke.class.getName(), function,
                eventFile.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        FunctionsApp.properties(LocalAws.get()).forEach((k, v) -> env.put(k, v.toString()));
        env.put("MAIN_CLASS", "id.pekalongan.batikberlian.BatikBerlianApplication");
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", function);
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        LambdaLogLines.addNikProbe(env);
        long start = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("answered within two minutes").isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        LambdaLogLines.check(function, output, "3375021708750001");
        String answerLine = output.lines().filter(l -> l.startsWith("ANSWER ")).reduce((a, b) -> b).orElseThrow();
        JsonNode answer = JSON.readTree(answerLine.substring("ANSWER ".length()));
        assertThat(answer.has("errorMessage")).as(answerLine).isFalse();
        switch (function) {
            case "IngestUpload" -> assertThat(answer.path("uploads").path(0).path("rowsIn").asInt()).isEqualTo(1);
            case "ValidateEligibility" -> assertThat(answer.path("batchItemFailures")).isEmpty();
            case "MonthlyPremium" -> assertThat(answer.path("period").asText()).isEqualTo("2026-12");
            case "ComputeClaimBenefit" -> assertThat(answer.path("totalCash").asLong()).isEqualTo(42_000_000L);
            case "Api" -> assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
            default -> throw new AssertionError(function);
        }
        System.out.println("first_invocation." + function + "_ms=" + millis);
        List.of(log).forEach(f -> f.toFile().deleteOnExit());
    }
}
