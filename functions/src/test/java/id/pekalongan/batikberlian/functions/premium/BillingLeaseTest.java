package id.pekalongan.batikberlian.functions.premium;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.billing.RunLease;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.storage.billing.BillingTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A billing run whose process died keeps its period only for the lease's length (a minute), not the invocation's
 * fifteen: the caller is told when it lapses, and after that the run resumes from its checkpoint. A live run keeps
 * the lease by renewing it.
 */
class BillingLeaseTest {

    private static final BillingSettings SETTINGS = BillingSettings.defaults().withPageSize(10);

    @BeforeAll
    static void roster() {
        BillingFixtures.store(BillingFixtures.roster(5_000, 30));
    }

    private static RunLease lease() {
        return new RunLease(LocalAws.get().dynamo(), BillingFixtures.resources().billingTable(), new WriteCounter());
    }

    @Test
    void aDeadRunsLeaseLapsesWithinItsLengthAndTheNextRunFinishesThePeriod() {
        BillingPeriod period = BillingPeriod.of(2042, 3);
        Instant died = Instant.parse("2026-12-07T16:00:00Z");
        // A run that took the lease and was killed before it could give it back.
        assertThat(lease().acquire(period, "killed-run", died.toEpochMilli(),
                died.plus(SETTINGS.lease()).toEpochMilli(), died.toString())).isPresent();

        BillingRunSummary busy = run(Clock.fixed(died.plusSeconds(30), ZoneOffset.UTC)).run(period,
                BillingFixtures.farDeadline());
        assertThat(busy.status()).isEqualTo(BillingRunSummary.BUSY);
        assertThat(busy.message()).contains("pukul 23.01.00 WIB").contains("titik simpan");

        BillingRunSummary resumed = run(Clock.fixed(died.plus(SETTINGS.lease()).plusSeconds(1), ZoneOffset.UTC))
                .run(period, BillingFixtures.farDeadline());
        assertThat(resumed.status()).isEqualTo(BillingRunSummary.COMPLETE);
    }

    @Test
    void aLiveRunKeepsItsLeaseByRenewingIt() throws Exception {
        BillingPeriod period = BillingPeriod.of(2042, 4);
        long now = System.currentTimeMillis();
        long until = now + 3_000;
        RunLease lease = lease();
        assertThat(lease.acquire(period, "live-run", now, until, Instant.ofEpochMilli(now).toString())).isPresent();

        try (LeaseHeartbeat beat = new LeaseHeartbeat(lease, period, "live-run", Duration.ofSeconds(3),
                Clock.systemUTC())) {
            // One beat a second; any one of the four due in this wait moves the lease on.
            Thread.sleep(4_000);
            assertThat(lease.heldUntil(period)).hasValueSatisfying(u -> assertThat(u).isGreaterThan(until));
        }
        lease.release(period, "live-run");
        assertThat(lease.heldUntil(period)).isEmpty();
    }

    private static BillingRun run(Clock clock) {
        return new BillingRun(new BillingTables(LocalAws.get().dynamo(), BillingFixtures.resources()),
                LocalAws.get().s3(), BillingFixtures.resources(), SETTINGS, null, clock);
    }
}
