package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.participant.SlotRelease;
import static id.pekalongan.batikberlian.storage.Attr.n;
import static id.pekalongan.batikberlian.storage.Attr.s;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.premium.AgeOut;
import id.pekalongan.batikberlian.domain.premium.Arrears;
import id.pekalongan.batikberlian.domain.premium.ArrearsPolicy;
import id.pekalongan.batikberlian.domain.premium.BillingEligibility;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BillingPolicy;
import id.pekalongan.batikberlian.domain.premium.BudgetFlag;
import id.pekalongan.batikberlian.domain.premium.HolidayCalendar;
import id.pekalongan.batikberlian.domain.premium.PremiumCalculator;
import id.pekalongan.batikberlian.domain.premium.RosterHash;
import id.pekalongan.batikberlian.domain.premium.RosterLine;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.billing.ActiveRoster;
import id.pekalongan.batikberlian.storage.billing.Adjustment;
import id.pekalongan.batikberlian.storage.billing.AdjustmentStore;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.BudgetStore;
import id.pekalongan.batikberlian.storage.billing.ChangeOutbox;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RunLease;
import id.pekalongan.batikberlian.storage.billing.RunState;
import id.pekalongan.batikberlian.storage.billing.StatusChange;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One month's billing run: exact, idempotent and resumable.
 *
 * <ol>
 *   <li>A closed period (INVOICE status COMPLETE) is answered from the stored invoice; nothing is written.</li>
 *   <li>The period's lease ({@code RUN} item) is taken; a second delivery of the schedule finds it held and stops.</li>
 *   <li>ACTIVE participants are walked in NIK order, a page at a time. Each page decides every participant with the
 *       domain ({@link BillingEligibility}, {@link AgeOut}, {@link Arrears}), writes the bill lines conditionally,
 *       records age-outs and lapses as change items, then checkpoints the last NIK. A resumed run starts after it;
 *       the page that was in flight is decided again and its lines already written drop out on their condition.</li>
 *   <li>The changes are applied to the applicants (conditional ACTIVE → ENDED/LAPSED) and freed slots reported.</li>
 *   <li>Totals are recomputed from the stored lines — never carried over from an attempt — and the subtotals, the
 *       budget debits, the CSV/XLSX files and finally the INVOICE are written.</li>
 * </ol>
 * No new page starts when less than {@link BillingSettings#finishReserve()} is left before the deadline: the run
 * answers IN_PROGRESS and the next invocation resumes.
 */
public final class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);

    static final String NO_KELURAHAN = "TANPA_KELURAHAN";

    private final DynamoDbClient dynamo;
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

    public BillingRun(DynamoDbClient dynamo, S3Client s3, Resources resources, BillingSettings settings,
                      SlotRelease slotRelease, Clock clock) {
        this.dynamo = Objects.requireNonNull(dynamo, "dynamo");
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

    public static String csvKey(BillingPeriod period) {
        return "invoices/" + period + ".csv";
    }

    public static String xlsxKey(BillingPeriod period) {
        return "invoices/" + period + ".xlsx";
    }

    /** Bills {@code period}, stopping at a checkpoint when {@code deadline} comes too close. */
    public BillingRunSummary run(BillingPeriod period, Instant deadline) {
        WriteCounter writes = new WriteCounter();
        BillingStore store = new BillingStore(dynamo, resources.billingTable(), writes);
        Optional<Map<String, AttributeValue>> closed = store.invoice(period)
                .filter(i -> "COMPLETE".equals(Attr.string(i, "status")));
        if (closed.isPresent()) {
            return BillingRunSummary.fromInvoice(closed.get(), BillingRunSummary.ALREADY_COMPLETE,
                    "tagihan periode " + period + " sudah final; tidak ada yang ditulis ulang", Map.of(), 0, 0, 0,
                    writes.requests());
        }
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        RunLease lease = new RunLease(dynamo, resources.billingTable(), writes);
        Optional<RunState> start = lease.acquire(period, owner, now.toEpochMilli(), deadline.toEpochMilli(),
                now.toString());
        if (start.isEmpty()) {
            log.info("{\"event\":\"billing_run_busy\",\"period\":\"{}\"}", period);
            return BillingRunSummary.unfinished(period.toString(), BillingRunSummary.BUSY,
                    "penagihan periode " + period + " sedang dijalankan oleh proses lain", 0, Map.of(), 0, 0,
                    writes.requests());
        }
        try {
            return new Attempt(period, deadline, owner, start.get(), lease, store, writes).run();
        } finally {
            lease.release(period, owner);
        }
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
            this.roster = new ActiveRoster(dynamo, resources.applicantsTable(), writes);
            this.payments = new PaymentStore(dynamo, resources.billingTable());
            this.changes = new MembershipChanges(period, new ChangeOutbox(dynamo, resources.billingTable(), writes),
                    roster, slotRelease);
        }

        BillingRunSummary run() {
            decisions = ParticipantDecisions.forPeriod(period, eligibility, arrears, store, payments, changes);
            String after = start.lastNik();
            long pages = start.pagesDone();
            boolean more = !RunState.COMPLETE.equals(start.status());
            while (more) {
                if (clock.instant().plus(settings.finishReserve()).isAfter(deadline)) {
                    log.info("{\"event\":\"billing_run_checkpoint\",\"period\":\"{}\",\"pagesDone\":{}}", period,
                            pages);
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
            List<BillLine> lines = store.lines(period);
            List<Adjustment> adjustments = new AdjustmentStore(dynamo, resources.billingTable(), writes)
                    .adjustments(period);
            RosterHash hash = RosterHash.of(period, lines.stream()
                    .map(l -> new RosterLine(l.nik(), l.total(), l.rateVersion())).toList());
            long adjustmentsAmount = adjustments.stream().mapToLong(Adjustment::total).sum();
            long amount = Math.addExact(hash.totalAmount(), adjustmentsAmount);

            writeKelurahanTotals(lines);
            BudgetCharge.Outcome budget = new BudgetCharge(new BudgetStore(dynamo, resources.programmeTable(),
                    settings.defaultAnnualBudget(), writes), store).charge(period, amount, hash.sha256(), at);

            s3.putObject(b -> b.bucket(resources.uploadBucket()).key(csvKey(period))
                            .contentType("text/csv; charset=utf-8"),
                    RequestBody.fromBytes(InvoiceFiles.csv(lines, this::kelurahanName)));
            s3.putObject(b -> b.bucket(resources.uploadBucket()).key(xlsxKey(period))
                            .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    RequestBody.fromBytes(InvoiceFiles.xlsx("Tagihan " + period, lines, this::kelurahanName)));

            List<StatusChange> recorded = changes.recorded();
            List<String> ahead = lines.stream()
                    .filter(l -> ageOut.stage(l.birthDate(), period) == AgeOut.Stage.LAST_BILLABLE_MONTH)
                    .map(l -> NikMask.mask(l.nik())).toList();

            Map<String, AttributeValue> invoice = new HashMap<>();
            invoice.put("participants", n(hash.participants()));
            invoice.put("amount", n(amount));
            invoice.put("linesAmount", n(hash.totalAmount()));
            invoice.put("jkk", n(lines.stream().mapToLong(BillLine::jkk).sum()));
            invoice.put("jkm", n(lines.stream().mapToLong(BillLine::jkm).sum()));
            invoice.put("adjustments", n(adjustments.size()));
            invoice.put("adjustmentsAmount", n(adjustmentsAmount));
            invoice.put("rateVersions", AttributeValue.fromL(new TreeSet<>(lines.stream().map(BillLine::rateVersion)
                    .toList()).stream().map(Attr::s).toList()));
            invoice.put("rosterHash", s(hash.sha256()));
            invoice.put("createdAt", s(at));
            invoice.put("csvKey", s(csvKey(period)));
            invoice.put("xlsxKey", s(xlsxKey(period)));
            invoice.put("budgetFlag", s(budget.flag().name()));
            invoice.put("budgetAllocated", n(budget.allocated()));
            invoice.put("budgetRemaining", n(budget.remainingAfter()));
            invoice.put("budgetShortfall", n(budget.shortfall()));
            budget.runway().ifPresent(r -> {
                invoice.put("runwayFullyFundedMonths", n(r.fullyFundedMonths()));
                r.lastFullyFunded().ifPresent(p -> invoice.put("runwayLastFullyFunded", s(p.toString())));
                invoice.put("runwayRunsOutIn", s(r.runsOutIn().toString()));
            });
            invoice.put("endedAgeOut", n(recorded.stream().filter(c -> EndReason.AGE_OUT.name().equals(c.reason())
                    && StatusChange.APPLIED.equals(c.state())).count()));
            invoice.put("lapsed", n(recorded.stream().filter(c -> MembershipChanges.ARREARS.equals(c.reason())
                    && StatusChange.APPLIED.equals(c.state())).count()));
            invoice.put("ageOutNextMonth", AttributeValue.fromL(ahead.stream().map(Attr::s).toList()));
            invoice.put("period", s(period.toString()));
            boolean mine = store.completeInvoice(period, invoice);
            lease.completeRun(period, owner, at);
            Map<String, AttributeValue> stored = mine ? withKey(invoice) : store.invoice(period).orElseThrow();
            BillingRunSummary summary = BillingRunSummary.fromInvoice(stored,
                    mine ? BillingRunSummary.COMPLETE : BillingRunSummary.ALREADY_COMPLETE,
                    budget.flag() == BudgetFlag.OVER_BUDGET
                            ? "tagihan melebihi sisa anggaran sebesar Rp" + budget.shortfall()
                            + "; peserta tetap ditagihkan"
                            : "tagihan periode " + period + " selesai",
                    decisions.notBilled(), pages, written, alreadyThere, writes.requests());
            log.info("{\"event\":\"billing_run_complete\",\"period\":\"{}\",\"participants\":{},\"amount\":{},"
                            + "\"rosterHash\":\"{}\",\"budgetFlag\":\"{}\",\"remaining\":{},\"writeRequests\":{}}",
                    period, summary.participants(), summary.amount(), summary.rosterHash(), summary.budgetFlag(),
                    summary.budgetRemaining(), summary.writeRequests());
            if (budget.flag() == BudgetFlag.OVER_BUDGET) {
                log.warn("{\"event\":\"billing_over_budget\",\"flag\":\"OVER_BUDGET\",\"period\":\"{}\","
                        + "\"amount\":{},\"shortfall\":{}}", period, amount, budget.shortfall());
            }
            return summary;
        }

        private Map<String, AttributeValue> withKey(Map<String, AttributeValue> invoice) {
            Map<String, AttributeValue> out = new HashMap<>(invoice);
            out.put("status", s("COMPLETE"));
            return out;
        }

        private void writeKelurahanTotals(List<BillLine> lines) {
            Map<String, long[]> byKelurahan = new TreeMap<>();
            for (BillLine l : lines) {
                String code = l.kelurahanCode() == null ? NO_KELURAHAN : l.kelurahanCode();
                long[] t = byKelurahan.computeIfAbsent(code, k -> new long[4]);
                t[0]++;
                t[1] += l.jkk();
                t[2] += l.jkm();
                t[3] += l.total();
            }
            byKelurahan.forEach((code, t) -> store.putTotal(period, BillingStore.TOTAL_KELURAHAN + code, Map.of(
                    "participants", n(t[0]), "jkk", n(t[1]), "jkm", n(t[2]), "amount", n(t[3]),
                    "kelurahanName", s(kelurahanName(code)))));
        }

        private String kelurahanName(String code) {
            return code == null ? "" : kelurahan.kelurahanByCode(code).map(Kelurahan::name).orElse(code);
        }
    }
}
