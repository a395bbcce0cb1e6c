package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.functions.premium.BillingRun;
import id.pekalongan.batikberlian.functions.premium.BillingRunSummary;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench billing}: N ACTIVE participants on the DynamoDB engine, one month's {@link BillingRun}, then the same
 * period again, which must write nothing.
 */
public final class BillingBench {

    static final BillingPeriod PERIOD = BillingPeriod.of(2024, 6);
    static final LocalDate COVERAGE_START = LocalDate.of(2024, 1, 1);

    private BillingBench() {
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        int n = args.intValue("participants", 100_000);
        try (BenchAws aws = BenchAws.start()) {
            f.put("billing.participants", n);
            f.put("billing.period", PERIOD.toString());
            ApplicantStore store = aws.bean(ApplicantStore.class);
            People people = new People(23);
            Instant received = Instant.parse("2023-12-01T01:00:00Z");
            long seedStart = System.nanoTime();
            List<Applicant> chunk = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chunk.add(people.person(i).applicant(ParticipantStatus.ACTIVE, "BENCH", i + 2, received,
                        COVERAGE_START));
                if (chunk.size() == 1000) {
                    store.insertNew(chunk);
                    chunk.clear();
                }
            }
            store.insertNew(chunk);
            f.put("billing.seed_seconds", (System.nanoTime() - seedStart) / 1e9);

            BillingRun run = aws.bean(BillingRun.class);
            DynamoCounter.Snapshot before = aws.counter().snapshot();
            BillingRunSummary first;
            long nanos;
            long peak;
            long live;
            try (HeapPeak heap = new HeapPeak()) {
                long start = System.nanoTime();
                first = run.run(PERIOD, Instant.now().plus(Duration.ofHours(2)));
                nanos = System.nanoTime() - start;
                peak = heap.peakMb();
                live = heap.liveAfterGcMb();
            }
            DynamoCounter.Snapshot used = aws.counter().snapshot().minus(before);
            f.put("billing.status", first.status());
            f.put("billing.billed", first.participants());
            f.put("billing.amount_rupiah", first.amount());
            f.put("billing.lines_written", first.linesWritten());
            f.put("billing.run_seconds", nanos / 1e9);
            f.put("billing.participants_per_s", Math.round(Figures.perSecond(n, nanos)));
            f.put("billing.write_requests", used.writeRequests());
            f.put("billing.write_requests_reported_by_run", first.writeRequests());
            f.put("billing.writes_per_1000", used.writeRequests() * 1000.0 / n);
            f.put("billing.items_written", used.itemsWritten());
            f.put("billing.write_units", used.writeUnits());
            f.put("billing.read_requests", used.readRequests());
            f.put("billing.read_units", used.readUnits());
            f.put("billing.dynamodb_calls", used.callsText());
            f.put("billing.write_mode", "transactions of up to 25 conditional puts (attribute_not_exists(sk)); "
                    + "conditional so a repeated or resumed run never rewrites a line, 25 per request so requests "
                    + "are 1/25 of lines");
            f.put("billing.peak_heap_mb", peak);
            f.put("billing.live_heap_after_gc_mb", live);

            DynamoCounter.Snapshot before2 = aws.counter().snapshot();
            BillingRunSummary again = run.run(PERIOD, Instant.now().plus(Duration.ofHours(2)));
            DynamoCounter.Snapshot used2 = aws.counter().snapshot().minus(before2);
            f.put("billing.rerun_status", again.status());
            f.put("billing.rerun_new_lines", again.linesWritten());
            f.put("billing.rerun_write_requests", used2.writeRequests());
        }
    }
}
