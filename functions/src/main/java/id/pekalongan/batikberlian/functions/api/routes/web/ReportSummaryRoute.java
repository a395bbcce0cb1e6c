package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.Runway;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.storage.BudgetLineStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.ReportStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The dashboard's figures: participants by kelurahan, occupation and status; coverage against the city's estimated
 * informal workforce; premiums billed and paid; claims; the year's budget, its burn-down and runway. Every figure
 * comes from the counters the writes keep ({@link ReportStore}), so a load costs the same handful of requests at a
 * hundred participants or at a province's hundreds of thousands.
 */
@Component
public class ReportSummaryRoute implements Route {

    /** RULES.md §4: Kota Pekalongan has 40,000–50,000 informal workers; the ratio is stated against both ends. */
    static final long WORKFORCE_LOW = 40_000;
    static final long WORKFORCE_HIGH = 50_000;

    private final ReportStore reports;
    private final BudgetLineStore budget;
    private final ProgrammeConfigStore config;
    private final KelurahanDirectory directory = KelurahanDirectory.loadDefault();

    public ReportSummaryRoute(ReportStore reports, BudgetLineStore budget, ProgrammeConfigStore config) {
        this.reports = reports;
        this.budget = budget;
        this.config = config;
    }

    @Override
    public String routeKey() {
        return "GET /reports/summary";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller.of(request).require(Caller.STAFF, Caller.FINANCE);
        int year = ConfigView.year(request.query().get("year"));
        ObjectNode out = JsonBodies.newObject();
        out.put("year", year);
        out.put("generatedOn", LocalDate.now(Jakarta.ZONE).toString());
        long active = participants(out.putObject("participants"));
        coverage(out.putObject("coverage"), active);
        TreeMap<String, long[]> invoices = premiums(out.putObject("premiums"));
        claims(out.putObject("claims"));
        budget(out.putObject("budget"), year, invoices);
        return JsonBodies.ok(out);
    }

    private long participants(ObjectNode into) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Map<String, Long>> byKelurahan = new TreeMap<>();
        Map<String, Map<String, Long>> byOccupation = new TreeMap<>();
        long total = 0;
        for (ReportStore.ParticipantCount c : reports.participants()) {
            String kel = String.valueOf(c.kelurahanCode());
            String occ = String.valueOf(c.occupationCode());
            total += c.count();
            byStatus.merge(c.status(), c.count(), Long::sum);
            byKelurahan.computeIfAbsent(kel, k -> new TreeMap<>()).merge(c.status(), c.count(), Long::sum);
            byOccupation.computeIfAbsent(occ, k -> new TreeMap<>()).merge(c.status(), c.count(), Long::sum);
        }
        into.put("total", total);
        ObjectNode s = into.putObject("byStatus");
        byStatus.forEach(s::put);
        ArrayNode kel = into.putArray("byKelurahan");
        byKelurahan.forEach((code, counts) -> group(kel.addObject().put("code", code)
                .put("name", directory.kelurahanByCode(code).map(k -> k.name()).orElse(code)), counts));
        OccupationList list = config.occupations();
        ArrayNode occ = into.putArray("byOccupation");
        byOccupation.forEach((code, counts) -> group(occ.addObject().put("code", code)
                .put("name", list.all().stream().filter(o -> o.code().equals(code)).map(Occupation::name)
                        .findFirst().orElse(code)), counts));
        return byStatus.getOrDefault("ACTIVE", 0L);
    }

    private static void group(ObjectNode node, Map<String, Long> counts) {
        node.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
        node.put("active", counts.getOrDefault("ACTIVE", 0L));
        ObjectNode s = node.putObject("byStatus");
        counts.forEach(s::put);
    }

    private static void coverage(ObjectNode into, long active) {
        BigDecimal ofLow = percent(active, WORKFORCE_LOW);
        BigDecimal ofHigh = percent(active, WORKFORCE_HIGH);
        into.put("activeParticipants", active);
        into.put("informalWorkforceLow", WORKFORCE_LOW);
        into.put("informalWorkforceHigh", WORKFORCE_HIGH);
        into.put("percentOfLow", ofLow);
        into.put("percentOfHigh", ofHigh);
        into.put("statement", active + " peserta aktif = " + ofHigh.toPlainString().replace('.', ',')
                + "% – " + ofLow.toPlainString().replace('.', ',')
                + "% dari perkiraan 50.000 – 40.000 pekerja informal Kota Pekalongan");
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** @return period → {participants, amount} */
    private TreeMap<String, long[]> premiums(ObjectNode into) {
        TreeMap<String, long[]> byPeriod = new TreeMap<>();
        for (ReportStore.PeriodBilled p : reports.billed()) {
            byPeriod.put(p.period(), new long[] {p.participants(), p.amount()});
        }
        into.put("toDate", byPeriod.values().stream().mapToLong(v -> v[1]).sum());
        ArrayNode months = into.putArray("byMonth");
        byPeriod.forEach((p, v) -> months.addObject().put("period", p).put("participants", v[0]).put("amount", v[1]));
        List<ReportStore.MonthPaid> paid = reports.paid();
        into.put("paidToDate", paid.stream().mapToLong(ReportStore.MonthPaid::amount).sum());
        into.put("payments", paid.stream().mapToLong(ReportStore.MonthPaid::payments).sum());
        return byPeriod;
    }

    private void claims(ObjectNode into) {
        List<ReportStore.ClaimTotal> byType = reports.claims().stream()
                .sorted(java.util.Comparator.comparing(t -> String.valueOf(t.type()))).toList();
        ArrayNode types = into.putArray("byType");
        byType.forEach(t -> types.addObject().put("type", String.valueOf(t.type())).put("count", t.count())
                .put("totalCash", t.totalCash()).put("scholarshipTotal", t.scholarshipTotal()));
        into.put("count", byType.stream().mapToLong(ReportStore.ClaimTotal::count).sum());
        into.put("totalCash", byType.stream().mapToLong(ReportStore.ClaimTotal::totalCash).sum());
    }

    private void budget(ObjectNode into, int year, TreeMap<String, long[]> invoices) {
        long total = 0;
        ArrayNode lines = into.putArray("lines");
        for (BudgetLine l : budget.forYear(year)) {
            total += l.amount();
            lines.addObject().put("source", l.source().name()).put("sourceLabel", l.source().label())
                    .put("amount", l.amount()).put("reference", l.reference());
        }
        java.util.NavigableMap<String, long[]> ofYear = invoices.subMap(year + "-", true, year + "-\uffff", true);
        long fromInvoices = ofYear.values().stream().mapToLong(v -> v[1]).sum();
        OptionalLong fromLedger = budget.ledgerDebits(year);
        long used = fromLedger.orElse(fromInvoices);
        into.put("total", total);
        into.put("used", used);
        into.put("usedFrom", fromLedger.isPresent() ? "LEDGER" : "INVOICES");
        into.put("remaining", total - used);
        ArrayNode burn = into.putArray("burnDown");
        long spent = 0;
        for (int m = 1; m <= 12; m++) {
            String period = BillingPeriod.of(year, m).toString();
            long[] v = ofYear.get(period);
            spent += v == null ? 0 : v[1];
            burn.addObject().put("period", period).put("spent", spent).put("remaining", total - spent)
                    .put("billed", v != null);
        }
        long monthlyCost = ofYear.isEmpty() ? 0 : ofYear.lastEntry().getValue()[1];
        if (total > 0 && monthlyCost > 0) {
            BillingPeriod from = BillingPeriod.parse(ofYear.lastKey()).next();
            Runway r = Runway.of(from, total - used, monthlyCost);
            ObjectNode runway = into.putObject("runway");
            runway.put("from", r.from().toString());
            runway.put("monthlyCost", r.monthlyCost());
            runway.put("fullyFundedMonths", r.fullyFundedMonths());
            runway.put("lastFullyFunded", r.lastFullyFunded().map(Object::toString).orElse(null));
            runway.put("runsOutIn", r.runsOutIn().toString());
            runway.put("leftForRunsOutIn", r.leftForRunsOutIn());
        } else {
            into.putNull("runway");
        }
    }
}
