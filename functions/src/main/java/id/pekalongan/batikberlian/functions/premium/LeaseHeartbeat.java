package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.billing.RunLease;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a billing run's lease alive while its attempt runs, renewing it every third of its length. The lease is
 * short (a minute) rather than the invocation's fifteen, so that when the process dies — killed, out of memory,
 * a Lambda timeout — the period is free again within a minute and the next delivery resumes from the checkpoint.
 */
final class LeaseHeartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LeaseHeartbeat.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "billing-lease-heartbeat");
        t.setDaemon(true);
        return t;
    });

    LeaseHeartbeat(RunLease lease, BillingPeriod period, String owner, Duration length, Clock clock) {
        long every = Math.max(1, length.toMillis() / 3);
        timer.scheduleAtFixedRate(() -> {
            try {
                if (!lease.renew(period, owner, clock.millis() + length.toMillis())) {
                    // Lost: the next checkpoint of this attempt is refused and the run stops there.
                    log.atWarn().addKeyValue("event", "billing_lease_lost").addKeyValue("period", period)
                            .log("billing lease lost");
                    timer.shutdown();
                }
            } catch (RuntimeException e) {
                // A missed beat is not fatal: the lease still has two thirds of its length to run.
                log.atWarn().addKeyValue("event", "billing_lease_renew_failed").addKeyValue("period", period)
                        .addKeyValue("error", e.getClass().getSimpleName()).log("billing lease not renewed");
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
