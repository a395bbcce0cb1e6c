package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import id.pekalongan.batikberlian.domain.premium.AgeOut;
import id.pekalongan.batikberlian.domain.premium.Arrears;
import id.pekalongan.batikberlian.domain.premium.ArrearsPolicy;
import id.pekalongan.batikberlian.domain.premium.BillingEligibility;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BillingPolicy;
import id.pekalongan.batikberlian.domain.premium.BudgetFlag;
import id.pekalongan.batikberlian.domain.premium.HolidayCalendar;
import id.pekalongan.batikberlian.domain.premium.PremiumCalculator;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.storage.billing.ActiveRoster;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.BillingTables;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RunLease;
import id.pekalongan.batikberlian.storage.billing.RunState;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One month's billing run: exact, idempotent and resumable.
 *
 * <ol>
 *   <li>A closed period (INVOICE status COMPLETE) is answered from the stored invoice; nothing is written.</li>
 *   <li>The period's lease ({@code RUN} item) is taken; a second delivery of the schedule finds it held and stops.</li>
 *   <li>ACTIVE participants are walked in NIK order, a page at a time. Each page decides every participant with the
 *       domain ({@link ParticipantDecisions}), writes the bill lines conditionally, records age-outs and lapses as
 *       change items, then checkpoints the last NIK. A resumed run starts after it; the page that was in flight is
 *       decided again and its lines already written drop out on their condition.</li>
 *   <li>The changes are applied to the applicants (conditional ACTIVE → ENDED/LAPSED) and freed slots reported
 *       ({@link MembershipChanges}).</li>
 *   <li>Totals are recomputed from the stored lines — never carried over from an attempt — and the subtotals, the
 *       budget debits ({@link BudgetCharge}), the CSV/XLSX files and finally the INVOICE are written
 *       ({@link InvoiceClosing}).</li>
 * </ol>
 * No new page starts when less than {@link BillingSettings#finishReserve()} is left before the deadline: the run
 * answers IN_PROGRESS and the next invocation resumes.
 */
public final class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);

    private final BillingTables tables;
    private final S3Client s3;
    private final Resources resources;
    private final BillingSettings settings;
    private final SlotRelease slotRelease;
    private final Clock clock;
    private final PremiumCalculator calculator;
    private final BillingEligibility eligibility;
    private final AgeOut ageOut;
    private final Arrears arrears;
    private final KelurahanDirectory kelurahan;

    public BillingRun(BillingTables tables, S3Client s3, Resources resources, BillingSettings settings,
                      SlotRelease slotRelease, Clock clock) {
        this.tables = Objects.requireNonNull(tables, "tables");
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.slotRelease = slotRelease;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calculator = PremiumCalculator.standard();
        this.eligibility = new BillingEligibility(BillingPolicy.DEFAULT, calculator);
        this.ageOut = new AgeOut(BillingPolicy.DEFAULT);
        this.arrears = new Arrears(ArrearsPolicy.DEFAULT, HolidayCalendar.indonesia());
        this.kelurahan = KelurahanDirectory.loadDefault();
    }

    /** Bills {@code period}, stopping at a checkpoint when {@code deadline} comes too close. */
    public BillingRunSummary run(BillingPeriod period, Instant deadline) {
        WriteCounter writes = new WriteCounter();
        BillingStore store = tables.bills(writes);
        Optional<? extends Map<String, Object>> closed = store.invoice(period)
                .filter(i -> "COMPLETE".equals(i.get("status")));
        if (closed.isPresent()) {
            return BillingRunSummary.fromInvoice(closed.get(), BillingRunSummary.ALREADY_COMPLETE,
                    "tagihan periode " + period + " sudah final; tidak ada yang ditulis ulang", Map.of(), 0, 0, 0,
                    writes.requests());
        }
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        RunLease lease = tables.lease(writes);
        Optional<RunState> start = lease.acquire(period, owner, now.toEpochMilli(),
                now.plus(settings.lease()).toEpochMilli(), now.toString());
        if (start.isEmpty()) {
            log.atInfo().addKeyValue("event", "billing_run_busy").addKeyValue("period", period)
                    .log("billing run already under way");
            return BillingRunSummary.unfinished(period.toString(), BillingRunSummary.BUSY, busyMessage(period,
                    lease.heldUntil(period).orElse(null)), 0, Map.of(), 0, 0, writes.requests());
        }
        try (LeaseHeartbeat beat = new LeaseHeartbeat(lease, period, owner, settings.lease(), clock)) {
            return new Attempt(period, deadline, owner, start.get(), lease, store, writes).run();
        } finally {
            lease.release(period, owner);
        }
    }

    /** Says when a held lease lapses if its holder has died, and that the run then resumes where it stopped. */
    static String busyMessage(BillingPeriod period, Long heldUntilMillis) {
        String text = "penagihan periode " + period + " sedang dijalankan oleh proses lain";
        if (heldUntilMillis == null) {
            return text;
        }
        String at = java.time.format.DateTimeFormatter.ofPattern("HH.mm.ss")
                .format(Instant.ofEpochMilli(heldUntilMillis).atZone(Jakarta.ZONE));
        return text + "; bila proses itu terhenti, kuncinya lepas pukul " + at + " WIB dan penagihan dapat"
                + " dijalankan lagi: ia melanjutkan dari titik simpan terakhir";
    }

    /** One invocation's share of a run; holds the counters of this attempt. */
    private final class Attempt {

        private final BillingPeriod period;
        private final Instant deadline;
        private final String owner;
        private final RunState start;
        private final RunLease lease;
        private final BillingStore store;
        private final WriteCounter writes;
        private final ActiveRoster roster;
        private final PaymentStore payments;
        private final MembershipChanges changes;
        private ParticipantDecisions decisions;
        private long written;
        private long alreadyThere;

        Attempt(BillingPeriod period, Instant deadline, String owner, RunState start, RunLease lease,
                BillingStore store, WriteCounter writes) {
            this.period = period;
            this.deadline = deadline;
            this.owner = owner;
            this.start = start;
            this.lease = lease;
            this.store = store;
            this.writes = writes;
            this.roster = tables.roster(writes);
            this.payments = tables.payments();
            this.changes = new MembershipChanges(period, tables.outbox(writes), roster, slotRelease);
        }

        BillingRunSummary run() {
            decisions = ParticipantDecisions.forPeriod(period, eligibility, arrears, store, payments, changes);
            String after = start.lastNik();
            long pages = start.pagesDone();
            boolean more = !RunState.COMPLETE.equals(start.status());
            while (more) {
                if (clock.instant().plus(settings.finishReserve()).isAfter(deadline)) {
                    log.atInfo().addKeyValue("event", "billing_run_checkpoint").addKeyValue("period", period)
                            .addKeyValue("pagesDone", pages).log("billing run checkpointed");
                    return BillingRunSummary.unfinished(period.toString(), BillingRunSummary.IN_PROGRESS,
                            "waktu hampir habis; penagihan dilanjutkan pada pemanggilan berikutnya", pages,
                            decisions.notBilled(), written, alreadyThere, writes.requests());
                }
                ActiveRoster.Page page = roster.page(after, settings.pageSize());
                bill(page.applicants());
                pages++;
                if (!page.applicants().isEmpty()) {
                    after = page.applicants().get(page.applicants().size() - 1).nik();
                }
                more = page.nextAfterNik().isPresent();
                lease.checkpoint(period, owner, pages, after, clock.instant().toString());
            }
            changes.apply();
            return close(pages);
        }

        private void bill(List<Applicant> applicants) {
            List<BillLine> lines = new ArrayList<>();
            for (Applicant a : applicants) {
                decisions.decide(a).ifPresent(lines::add);
            }
            BillingStore.LineWrites result = store.putLines(period, lines, clock.instant().toString());
            written += result.written();
            alreadyThere += result.alreadyThere();
        }

        private BillingRunSummary close(long pages) {
            String at = clock.instant().toString();
            BudgetCharge budgets = new BudgetCharge(tables.budgets(settings.defaultAnnualBudget(), writes), store);
            InvoiceClosing.Closed closed = new InvoiceClosing(period, store, tables.adjustments(writes), changes,
                    budgets, s3, resources.uploadBucket(), kelurahan, ageOut).close(at);
            lease.completeRun(period, owner, at);
            boolean mine = closed.mine();
            BudgetCharge.Outcome budget = closed.budget();
            Map<String, Object> stored = mine ? closed.invoice() : store.invoice(period).orElseThrow();
            BillingRunSummary summary = BillingRunSummary.fromInvoice(stored,
                    mine ? BillingRunSummary.COMPLETE : BillingRunSummary.ALREADY_COMPLETE,
                    budget.flag() == BudgetFlag.OVER_BUDGET
                            ? "tagihan melebihi sisa anggaran sebesar Rp" + budget.shortfall()
                            + "; peserta tetap ditagihkan"
                            : "tagihan periode " + period + " selesai",
                    decisions.notBilled(), pages, written, alreadyThere, writes.requests());
            log.atInfo().addKeyValue("event", "billing_run_complete").addKeyValue("period", period)
                    .addKeyValue("participants", summary.participants()).addKeyValue("amount", summary.amount())
                    .addKeyValue("rosterHash", summary.rosterHash()).addKeyValue("budgetFlag", summary.budgetFlag())
                    .addKeyValue("remaining", summary.budgetRemaining())
                    .addKeyValue("writeRequests", summary.writeRequests()).log("billing run complete");
            if (budget.flag() == BudgetFlag.OVER_BUDGET) {
                log.atWarn().addKeyValue("event", "billing_over_budget").addKeyValue("flag", "OVER_BUDGET")
                        .addKeyValue("period", period).addKeyValue("amount", closed.amount())
                        .addKeyValue("shortfall", budget.shortfall()).log("billing over budget");
            }
            return summary;
        }
    }
}
