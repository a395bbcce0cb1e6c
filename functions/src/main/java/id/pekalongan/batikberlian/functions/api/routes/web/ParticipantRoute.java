package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.RuleOutcome;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ClaimStore;
import id.pekalongan.batikberlian.storage.ClaimSummary;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.ParticipantBill;
import org.springframework.stereotype.Component;

/**
 * One participant as staff see them: status, coverage, every eligibility decision with its reasons, bills and claims.
 * The NIK is answered masked even though the caller typed it: the answer ends up in browser caches, screenshots and
 * support tickets, and the caller already knows the full number.
 */
@Component
public class ParticipantRoute implements Route {

    private final ApplicantStore applicants;
    private final BillingStore bills;
    private final ClaimStore claims;

    public ParticipantRoute(ApplicantStore applicants, BillingStore bills, ClaimStore claims) {
        this.applicants = applicants;
        this.bills = bills;
        this.claims = claims;
    }

    @Override
    public String routeKey() {
        return "GET /participants/{nik}";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF, Caller.KELURAHAN);
        String nik = NikInput.require(request.pathParameter("nik"), "nik");
        // A clerk asking for another kelurahan's resident gets the very answer an unregistered NIK gets: a
        // different one would let any clerk test whether any NIK is in the programme.
        ApiError notFound = new ApiError(404, "PARTICIPANT_NOT_FOUND", "nik",
                "NIK " + NikMask.mask(nik) + " tidak terdaftar di kelurahan Anda");
        Applicant a = applicants.find(nik).filter(found -> caller.maySee(found.kelurahanCode()))
                .orElseThrow(() -> notFound);

        ObjectNode out = JsonBodies.newObject();
        out.put("nik", a.maskedNik());
        out.put("name", a.name());
        out.put("status", a.status().name());
        out.put("statusLabel", StatusLabels.label(a.status()));
        out.put("kelurahanCode", a.kelurahanCode());
        out.put("occupation", a.occupation());
        out.put("occupationCode", a.occupationCode());
        ObjectNode coverage = out.putObject("coverage");
        putDate(coverage, "coverageStart", a.coverageStart());
        putDate(coverage, "approvedOn", a.approvedOn());
        putDate(coverage, "endedOn", a.endedOn());
        coverage.put("endReason", a.endReason() == null ? null : a.endReason().name());
        if (a.programmeYear() != null) {
            coverage.put("programmeYear", a.programmeYear());
        }
        ArrayNode decisions = out.putArray("decisions");
        if (a.decision() != null) {
            ObjectNode d = decisions.addObject();
            d.put("ruleSetVersion", a.decision().ruleSetVersion());
            d.put("evaluatedOn", a.decision().evaluatedOn().toString());
            d.put("eligible", a.decision().eligible());
            ArrayNode results = d.putArray("results");
            for (RuleOutcome r : a.decision().results()) {
                ObjectNode o = results.addObject();
                o.put("ruleId", r.ruleId());
                o.put("outcome", r.outcome());
                o.put("code", r.code());
                o.put("field", r.field());
                // A rule about the NIK may quote it as the offending value.
                o.put("value", "nik".equals(r.field()) ? NikMask.mask(r.value()) : r.value());
                o.put("message", r.message());
            }
        }
        bills(nik, out.putArray("bills"));
        claims(nik, out.putArray("claims"));
        return JsonBodies.ok(out);
    }

    private void bills(String nik, ArrayNode into) {
        for (ParticipantBill b : bills.billLinesOf(nik)) {
            ObjectNode bill = into.addObject();
            bill.put("period", b.period());
            bill.put("total", b.total());
            if (b.status() != null) {
                bill.put("status", b.status());
            }
        }
    }

    private void claims(String nik, ArrayNode into) {
        for (ClaimSummary c : claims.ofParticipant(nik)) {
            ObjectNode claim = into.addObject();
            claim.put("claimId", c.claimId());
            claim.put("type", c.type());
            claim.put("incidentDate", c.incidentDate());
            claim.put("status", c.status());
            claim.put("totalCash", c.totalCash());
            claim.put("scholarshipTotal", c.scholarshipTotal());
        }
    }

    private static void putDate(ObjectNode node, String name, Object date) {
        node.put(name, date == null ? null : date.toString());
    }
}
