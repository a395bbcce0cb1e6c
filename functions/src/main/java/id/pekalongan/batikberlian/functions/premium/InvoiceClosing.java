package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.premium.AgeOut;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.RosterHash;
import id.pekalongan.batikberlian.domain.premium.RosterLine;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.storage.billing.Adjustment;
import id.pekalongan.batikberlian.storage.billing.AdjustmentStore;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.StatusChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The end of a period's run. Totals are recomputed from the stored lines and corrections — never carried over from
 * an attempt, which may have been cut short — and the subtotals, the budget debits, the CSV/XLSX files and finally
 * the INVOICE are written: the invoice closes the period, so it comes only once everything it names is stored.
 */
final class InvoiceClosing {

    static final String NO_KELURAHAN = "TANPA_KELURAHAN";

    /**
     * @param mine    whether this attempt's invoice is the one stored (false: another attempt closed the period first)
     * @param invoice this attempt's invoice, as it is stored when {@code mine}
     */
    record Closed(boolean mine, Map<String, Object> invoice, long amount, BudgetCharge.Outcome budget) {
    }

    private final BillingPeriod period;
    private final BillingStore bills;
    private final AdjustmentStore adjustments;
    private final MembershipChanges changes;
    private final BudgetCharge budget;
    private final S3Client s3;
    private final String bucket;
    private final KelurahanDirectory kelurahan;
    private final AgeOut ageOut;

    InvoiceClosing(BillingPeriod period, BillingStore bills, AdjustmentStore adjustments, MembershipChanges changes,
                   BudgetCharge budget, S3Client s3, String bucket, KelurahanDirectory kelurahan, AgeOut ageOut) {
        this.period = period;
        this.bills = bills;
        this.adjustments = adjustments;
        this.changes = changes;
        this.budget = budget;
        this.s3 = s3;
        this.bucket = bucket;
        this.kelurahan = kelurahan;
        this.ageOut = ageOut;
    }

    Closed close(String at) {
        List<BillLine> lines = bills.lines(period);
        List<Adjustment> corrections = adjustments.adjustments(period);
        RosterHash hash = RosterHash.of(period, lines.stream()
                .map(l -> new RosterLine(l.nik(), l.total(), l.rateVersion())).toList());
        long adjustmentsAmount = corrections.stream().mapToLong(Adjustment::total).sum();
        long amount = Math.addExact(hash.totalAmount(), adjustmentsAmount);

        writeKelurahanTotals(lines);
        BudgetCharge.Outcome charged = budget.charge(period, amount, hash.sha256(), at);

        s3.putObject(b -> b.bucket(bucket).key(InvoiceFiles.csvKey(period))
                        .contentType("text/csv; charset=utf-8"),
                RequestBody.fromBytes(InvoiceFiles.csv(lines, this::kelurahanName)));
        s3.putObject(b -> b.bucket(bucket).key(InvoiceFiles.xlsxKey(period))
                        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                RequestBody.fromBytes(InvoiceFiles.xlsx("Tagihan " + period, lines, this::kelurahanName)));

        List<StatusChange> recorded = changes.recorded();
        List<String> ahead = lines.stream()
                .filter(l -> ageOut.stage(l.birthDate(), period) == AgeOut.Stage.LAST_BILLABLE_MONTH)
                .map(l -> NikMask.mask(l.nik())).toList();

        Map<String, Object> invoice = new HashMap<>();
        invoice.put("participants", (long) hash.participants());
        invoice.put("amount", amount);
        invoice.put("linesAmount", hash.totalAmount());
        invoice.put("jkk", lines.stream().mapToLong(BillLine::jkk).sum());
        invoice.put("jkm", lines.stream().mapToLong(BillLine::jkm).sum());
        invoice.put("adjustments", (long) corrections.size());
        invoice.put("adjustmentsAmount", adjustmentsAmount);
        invoice.put("rateVersions", List.copyOf(new TreeSet<>(lines.stream().map(BillLine::rateVersion).toList())));
        invoice.put("rosterHash", hash.sha256());
        invoice.put("createdAt", at);
        invoice.put("csvKey", InvoiceFiles.csvKey(period));
        invoice.put("xlsxKey", InvoiceFiles.xlsxKey(period));
        invoice.put("budgetFlag", charged.flag().name());
        invoice.put("budgetAllocated", charged.allocated());
        invoice.put("budgetRemaining", charged.remainingAfter());
        invoice.put("budgetShortfall", charged.shortfall());
        charged.runway().ifPresent(r -> {
            invoice.put("runwayFullyFundedMonths", (long) r.fullyFundedMonths());
            r.lastFullyFunded().ifPresent(p -> invoice.put("runwayLastFullyFunded", p.toString()));
            invoice.put("runwayRunsOutIn", r.runsOutIn().toString());
        });
        invoice.put("endedAgeOut", recorded.stream().filter(c -> EndReason.AGE_OUT.name().equals(c.reason())
                && StatusChange.APPLIED.equals(c.state())).count());
        invoice.put("lapsed", recorded.stream().filter(c -> MembershipChanges.ARREARS.equals(c.reason())
                && StatusChange.APPLIED.equals(c.state())).count());
        invoice.put("ageOutNextMonth", ahead);
        invoice.put("period", period.toString());
        boolean mine = bills.completeInvoice(period, invoice);
        return new Closed(mine, asStored(invoice), amount, charged);
    }

    private static Map<String, Object> asStored(Map<String, Object> invoice) {
        Map<String, Object> out = new HashMap<>(invoice);
        out.put("status", "COMPLETE");
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
        byKelurahan.forEach((code, t) -> bills.putTotal(period, BillingStore.TOTAL_KELURAHAN + code, Map.of(
                "participants", t[0], "jkk", t[1], "jkm", t[2], "amount", t[3],
                "kelurahanName", kelurahanName(code))));
    }

    private String kelurahanName(String code) {
        return code == null ? "" : kelurahan.kelurahanByCode(code).map(Kelurahan::name).orElse(code);
    }
}
