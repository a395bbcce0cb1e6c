package id.pekalongan.batikberlian.privacy;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.functions.api.ApiFunction;
import id.pekalongan.batikberlian.functions.claims.ClaimFixtures;
import id.pekalongan.batikberlian.functions.claims.ClaimService;
import id.pekalongan.batikberlian.functions.eligibility.EligibilityService;
import id.pekalongan.batikberlian.functions.ingest.IngestUploadFunction;
import id.pekalongan.batikberlian.functions.premium.BillingRun;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import id.pekalongan.batikberlian.testing.ShippedLogEncoder;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * A whole season of the programme — a kelurahan upload, the eligibility decisions, a claim from submission to
 * payment (and a refused one), the public status check and a monthly billing run — with every log line and
 * everything printed captured, and not one of the NIKs involved may appear in full (the masked form is fine).
 */
class PersonalDataInLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noFullNikReachesAnyLogLineOrTheConsoleDuringAWholeFlow() throws Exception {
        LocalAws aws = LocalAws.get();
        aws.resetTables();
        FunctionsApp.context(); // started before capture: its start-up prints no NIK and would only add noise

        List<String> niks = new ArrayList<>();
        String a = Niks.male(LocalDate.of(1975, 8, 17));
        String b = Niks.of(1, LocalDate.of(1988, 2, 3), true);
        String tooOld = Niks.male(LocalDate.of(1940, 1, 1));
        String badOccupation = Niks.male(LocalDate.of(1990, 5, 5));
        niks.addAll(List.of(a, b, tooOld, badOccupation));
        String unregistered = Niks.male(LocalDate.of(1980, 1, 1));
        niks.add(unregistered);

        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger ours = logging.getLogger("id.pekalongan.batikberlian");
        Level rootLevel = root.getLevel();
        Level ourLevel = ours.getLevel();
        appender.setContext(logging);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        ours.setLevel(Level.TRACE);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setOut(new PrintStream(tee(out, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err, console), true, StandardCharsets.UTF_8));
        try {
            String csv = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan,Kelurahan\n"
                    + a + ",Slamet Riyadi,17/08/1975,L,Tukang becak,Medono\n"
                    + b + ",Siti Aminah,03/02/1988,P,Buruh batik,Medono\n"
                    + tooOld + ",Mbah Karto,01/01/1940,L,Tukang becak,Medono\n"
                    + badOccupation + ",Joko,05/05/1990,L,Astronot,Medono\n"
                    + a + ",Slamet Lagi,17/08/1975,L,Tukang becak,Medono\n"
                    + "3375" + a.substring(5) + ",NIK pendek,17/08/1975,L,Tukang becak,Medono\n";
            String key = "incoming/Medono/privasi.csv";
            aws.s3().putObject(r -> r.bucket(aws.bucket()).key(key),
                    RequestBody.fromString(csv, StandardCharsets.UTF_8));
            FunctionsApp.bean(IngestUploadFunction.class).apply(
                    AwsEvents.s3ObjectCreatedMessage(aws.bucket(), key, csv.length()));

            EligibilityService eligibility = FunctionsApp.bean(EligibilityService.class);
            for (String nik : List.of(a, b, tooOld, badOccupation)) {
                eligibility.decide(nik);
            }

            Applicant covered = ClaimFixtures.participant(ParticipantStatus.ACTIVE, LocalDate.of(2022, 4, 1));
            niks.add(covered.nik());
            ClaimFixtures.billed(covered.nik(), YearMonth.of(2022, 4), YearMonth.of(2025, 3));
            String claimBody = "{\"nik\":\"%s\",\"type\":\"JKM_DEATH\",\"incidentDate\":\"2025-03-10\"}";
            APIGatewayV2HTTPResponse submitted = api("POST /claims", "/claims", "staff",
                    claimBody.formatted(covered.nik()));
            assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(201);
            String claimId = JSON.readTree(submitted.getBody()).path("claimId").asText();
            ClaimService claims = FunctionsApp.bean(ClaimService.class);
            claims.approve(claimId, "staf.klaim");
            claims.pay(claimId, "staf.keuangan");
            assertThat(api("POST /claims", "/claims", "staff", claimBody.formatted(unregistered)).getStatusCode())
                    .isEqualTo(404);
            api("POST /status", "/status", null, "{\"nik\":\"" + a + "\",\"birthDate\":\"1975-08-17\"}");
            api("POST /status", "/status", null, "{\"nik\":\"" + tooOld + "x\",\"birthDate\":\"17/08\"}");

            YearMonth next = YearMonth.now(Jakarta.ZONE).plusMonths(1);
            FunctionsApp.bean(BillingRun.class).run(BillingPeriod.of(next.getYear(), next.getMonthValue()),
                    Instant.now().plusSeconds(600));
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.detachAppender(appender);
            root.setLevel(rootLevel);
            ours.setLevel(ourLevel);
        }

        StringBuilder everything = new StringBuilder(console.toString(StandardCharsets.UTF_8));
        for (ILoggingEvent e : appender.list) {
            everything.append(e.getLoggerName()).append(' ').append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                everything.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
            }
            e.getMDCPropertyMap().forEach((k, v) -> everything.append(k).append('=').append(v).append('\n'));
            if (e.getKeyValuePairs() != null) {
                e.getKeyValuePairs().forEach(kv -> everything.append(kv.key).append('=').append(kv.value).append('\n'));
            }
        }
        String captured = everything.toString();
        assertThat(appender.list).as("the flow logged nothing: the capture is not working").hasSizeGreaterThan(5);
        assertThat(captured).as("masked NIKs are expected in the log").contains(NikMask.mask(a));
        for (String nik : niks) {
            assertThat(captured).as("NIK %s in the captured output", NikMask.mask(nik)).doesNotContain(nik);
        }

        // The same events as the deployed functions print them: one JSON object a line, still no full NIK.
        LoggerContext lambdaConsole = new LoggerContext();
        StructuredLogEncoder encoder = ShippedLogEncoder.start(lambdaConsole);
        StringBuilder lines = new StringBuilder();
        for (ILoggingEvent e : appender.list) {
            String line = ShippedLogEncoder.line(encoder, e);
            assertThat(line).endsWith("\n").hasLineCount(1);
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
            lines.append(line);
        }
        lambdaConsole.stop();
        assertThat(lines.toString()).contains("\"nik\":\"" + NikMask.mask(a) + "\"");
        for (String nik : niks) {
            assertThat(lines.toString()).as("NIK %s in a Lambda log line", NikMask.mask(nik)).doesNotContain(nik);
        }
    }

    private static APIGatewayV2HTTPResponse api(String routeKey, String path, String group, String body) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0").put("routeKey", routeKey).put("rawPath", path).put("rawQueryString", "");
        e.putObject("headers").put("content-type", "application/json");
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("requestId", "req-" + System.nanoTime()).put("routeKey", routeKey).put("stage", "$default");
        ctx.putObject("http").put("method", "POST").put("path", path).put("sourceIp", "203.0.113.77");
        if (group != null) {
            ctx.putObject("authorizer").putObject("jwt").putObject("claims").put("sub", "u-1")
                    .put("cognito:username", "petugas").put("cognito:groups", "[" + group + "]");
        }
        e.put("body", body).put("isBase64Encoded", false);
        APIGatewayV2HTTPEvent event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                PersonalDataInLogsTest.class.getClassLoader()).fromJson(e.toString());
        return FunctionsApp.bean(ApiFunction.class).apply(event);
    }

    private static OutputStream tee(OutputStream a, OutputStream b) {
        return new OutputStream() {
            @Override
            public void write(int c) throws java.io.IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws java.io.IOException {
                a.write(bytes, off, len);
                b.write(bytes, off, len);
            }
        };
    }
}
