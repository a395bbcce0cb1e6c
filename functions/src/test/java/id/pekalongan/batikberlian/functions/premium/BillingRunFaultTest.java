package id.pekalongan.batikberlian.functions.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.RosterHash;
import id.pekalongan.batikberlian.domain.premium.RosterLine;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Faults only an interceptor can cause: a crash after the N-th write (the write reached the table, the process did
 * not hear back), throttled writes, and the schedule delivered twice at once. Every case must end with the exact
 * invoice of the roster.
 */
class BillingRunFaultTest {

    static final int PARTICIPANTS = 120;
    static final BillingSettings SETTINGS = BillingSettings.defaults().withPageSize(12);
    static List<Applicant> roster;

    @BeforeAll
    static void roster() {
        LocalAws.get().resetTables();
        roster = BillingFixtures.roster(1_000, PARTICIPANTS);
        BillingFixtures.store(roster);
    }

    static boolean isWrite(SdkRequest r) {
        return r instanceof PutItemRequest || r instanceof UpdateItemRequest || r instanceof TransactWriteItemsRequest;
    }

    static DynamoDbClient client(ExecutionInterceptor interceptor) {
        return DynamoDbClient.builder().endpointOverride(URI.create(LocalAws.get().dynamoEndpoint()))
                .region(Region.AP_SOUTHEAST_3)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(interceptor)).build();
    }

    /** Lets {@code after} writes through, then throws once after the next write has been applied. */
    static final class CrashAfter implements ExecutionInterceptor {
        final int after;
        final AtomicInteger writes = new AtomicInteger();
        volatile boolean crashed;

        CrashAfter(int after) {
            this.after = after;
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (isWrite(context.request()) && writes.incrementAndGet() > after && !crashed) {
                crashed = true;
                throw new IllegalStateException("injected crash after write " + writes.get());
            }
        }
    }

    static final class CountWrites implements ExecutionInterceptor {
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            if (isWrite(context.request())) {
                writes.incrementAndGet();
            }
        }
    }

    /** Refuses a fifth of the write attempts before they are sent, as DynamoDB does when throttling. */
    static final class Throttle implements ExecutionInterceptor {
        final Random random = new Random(20240601);
        final AtomicInteger injected = new AtomicInteger();
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (isWrite(context.request())) {
                attempts.incrementAndGet();
                boolean throttle;
                synchronized (random) {
                    throttle = random.nextInt(5) == 0;
                }
                if (throttle) {
                    injected.incrementAndGet();
                    throw ProvisionedThroughputExceededException.builder().statusCode(400)
                            .awsErrorDetails(AwsErrorDetails.builder()
                                    .errorCode("ProvisionedThroughputExceededException")
                                    .errorMessage("injected throttle").serviceName("DynamoDb").build())
                            .message("injected throttle").build();
                }
            }
        }
    }

    static String expectedHash(BillingPeriod period) {
        return RosterHash.of(period, roster.stream().map(a -> new RosterLine(a.nik(), 16_800, "PP44-2015/PP82-2019"))
                .toList()).sha256();
    }

    static void assertExact(BillingPeriod period, BillingRunSummary summary) {
        assertThat(summary.participants()).isEqualTo(PARTICIPANTS);
        assertThat(summary.amount()).isEqualTo(PARTICIPANTS * 16_800L);
        assertThat(summary.rosterHash()).isEqualTo(expectedHash(period));
        List<Map<String, AttributeValue>> items = BillingFixtures.items(BillingFixtures.resources().billingTable())
                .stream().filter(i -> period.toString().equals(Attr.string(i, "period"))).toList();
        assertThat(items.stream().filter(i -> Attr.string(i, "sk").startsWith("LINE#")).count())
                .isEqualTo(PARTICIPANTS);
        assertThat(items.stream().filter(i -> Attr.string(i, "sk").startsWith("TOTAL#KEL#"))
                .mapToLong(i -> Attr.number(i, "amount", 0)).sum()).isEqualTo(PARTICIPANTS * 16_800L);
        assertThat(items.stream().filter(i -> Attr.string(i, "sk").startsWith("TOTAL#FUND#"))
                .mapToLong(i -> Attr.number(i, "amount", 0)).sum()).isEqualTo(PARTICIPANTS * 16_800L);
        List<Map<String, AttributeValue>> ledger = BillingFixtures.items(BillingFixtures.resources().programmeTable())
                .stream().filter(i -> Attr.string(i, "sk").startsWith(period + "#")).toList();
        assertThat(ledger).hasSize(1);
        assertThat(Attr.number(ledger.get(0), "amount", 0)).isEqualTo(PARTICIPANTS * 16_800L);
    }

    @ParameterizedTest(name = "crash at {0}% of the writes, then a re-run")
    @CsvSource({"10, 2040-01", "50, 2040-03", "90, 2040-05", "99, 2040-07"})
    void aCrashAnywhereThenARerunEndsExact(int percent, String month) {
        BillingPeriod reference = BillingPeriod.parse(month).plusMonths(12);
        CountWrites counter = new CountWrites();
        BillingFixtures.run(client(counter), SETTINGS, null).run(reference, BillingFixtures.farDeadline());
        int crashAfter = counter.writes.get() * percent / 100;

        BillingPeriod period = BillingPeriod.parse(month);
        CrashAfter crash = new CrashAfter(crashAfter);
        assertThatThrownBy(() -> BillingFixtures.run(client(crash), SETTINGS, null)
                .run(period, BillingFixtures.farDeadline())).hasStackTraceContaining("injected crash");
        System.out.printf("crash after %d of %d writes (%d%%)%n", crashAfter, counter.writes.get(), percent);

        BillingRunSummary rerun = BillingFixtures.run(LocalAws.get().dynamo(), SETTINGS, null)
                .run(period, BillingFixtures.farDeadline());

        assertThat(rerun.status()).isIn(BillingRunSummary.COMPLETE, BillingRunSummary.ALREADY_COMPLETE);
        assertExact(period, rerun);
        assertThat(rerun.linesWritten() + rerun.linesAlreadyThere()).isLessThanOrEqualTo(PARTICIPANTS);
    }

    @Test
    void aRunStoppedByItsDeadlineResumesFromTheCheckpoint() {
        BillingPeriod period = BillingPeriod.of(2041, 2);
        BillingRun run = BillingFixtures.run(LocalAws.get().dynamo(), SETTINGS, null);

        BillingRunSummary stopped = run.run(period, java.time.Instant.now().plusSeconds(30));
        assertThat(stopped.status()).isEqualTo(BillingRunSummary.IN_PROGRESS);
        assertThat(stopped.pagesDone()).isZero();

        BillingRunSummary done = run.run(period, BillingFixtures.farDeadline());
        assertThat(done.status()).isEqualTo(BillingRunSummary.COMPLETE);
        assertThat(done.pagesDone()).isEqualTo(PARTICIPANTS / SETTINGS.pageSize() + 1);
        assertExact(period, done);
    }

    @Test
    void throttledWritesAreAbsorbed() {
        BillingPeriod period = BillingPeriod.of(2041, 6);
        Throttle throttle = new Throttle();

        BillingRunSummary summary = BillingFixtures.run(client(throttle), SETTINGS, null)
                .run(period, BillingFixtures.farDeadline());

        System.out.printf("throttled %d of %d write attempts%n", throttle.injected.get(), throttle.attempts.get());
        assertThat(throttle.injected.get()).isPositive();
        assertThat(summary.status()).isEqualTo(BillingRunSummary.COMPLETE);
        assertExact(period, summary);
    }

    @Test
    void theScheduleDeliveredTwiceAtOnceMakesOneInvoice() throws Exception {
        BillingPeriod period = BillingPeriod.of(2041, 9);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BillingRunSummary>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            BillingRun run = BillingFixtures.run(client(new CountWrites()), SETTINGS, null);
            runs.add(pool.submit(() -> {
                go.await();
                return run.run(period, BillingFixtures.farDeadline());
            }));
        }
        go.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<BillingRunSummary> f : runs) {
            statuses.add(f.get().status());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(BillingRunSummary.COMPLETE);
        assertThat(Set.of(BillingRunSummary.BUSY, BillingRunSummary.ALREADY_COMPLETE))
                .containsAnyElementsOf(statuses);
        BillingRunSummary after = BillingFixtures.run(LocalAws.get().dynamo(), SETTINGS, null)
                .run(period, BillingFixtures.farDeadline());
        assertThat(after.status()).isEqualTo(BillingRunSummary.ALREADY_COMPLETE);
        assertExact(period, after);
    }
}
