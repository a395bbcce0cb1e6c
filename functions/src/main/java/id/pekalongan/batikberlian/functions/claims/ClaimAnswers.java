package id.pekalongan.batikberlian.functions.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.benefit.BenefitPolicy;
import id.pekalongan.batikberlian.domain.benefit.ClaimOutcome;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.domain.claim.ClaimRecord;
import id.pekalongan.batikberlian.domain.claim.ClaimTransition;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.json.Json;

/**
 * The JSON a claim is answered with, the same for a direct invoke and the HTTP API:
 * <pre>{@code
 * {"claimId": "KLM-…", "status": "COMPUTED", "simulate": false, "nik": "3375********0001", "type": "JKM_DEATH",
 *  "incidentDate": "2025-03-10", "declaredIncome": 1000000, "contributionMonths": 36,
 *  "contributionMonthsSource": "BILLING", "tableVersion": "PP82-2019", "totalCash": 42000000,
 *  "scholarshipTotal": 153000000, "medicalCostRecorded": 0,
 *  "components": [{"code", "amount", "rule", "inputs", "tableVersion"}…], "notPayable": [{"code", "reason"}…],
 *  "participantEnded": true, "createdAt": "…", "history": [{"status", "by", "at"}…]}
 * }</pre>
 * A simulation has no claimId, status, nik or history. A refusal is {@code {"error": {"status", "code", "field",
 * "message", "reasons": [{"code", "field", "value", "message"}…]}}} — an answer, not a thrown error, so that
 * {@code aws lambda invoke} shows the reason.
 */
public final class ClaimAnswers {

    private ClaimAnswers() {
    }

    public static ObjectNode simulation(ClaimRequest priced, ClaimOutcome.Computed outcome, BenefitPolicy policy) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("simulate", true);
        common(out, priced, outcome, policy);
        out.put("contributionMonthsSource", "REQUEST");
        return out;
    }

    public static ObjectNode stored(ClaimRecord claim, BenefitPolicy policy) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("claimId", claim.claimId());
        out.put("status", claim.status().name());
        out.put("simulate", false);
        out.put("nik", NikMask.mask(claim.nik()));
        common(out, claim.request(), claim.breakdown(), policy);
        out.put("contributionMonthsSource", "BILLING");
        out.put("participantEnded", claim.participantEnded());
        out.put("createdAt", claim.createdAt().toString());
        ArrayNode history = out.putArray("history");
        for (ClaimTransition t : claim.history()) {
            history.addObject().put("status", t.status().name()).put("by", t.by()).put("at", t.at().toString());
        }
        return out;
    }

    private static void common(ObjectNode out, ClaimRequest r, ClaimOutcome.Computed c, BenefitPolicy policy) {
        out.put("type", r.type());
        out.put("incidentDate", r.incidentDate().toString());
        out.put("declaredIncome", r.wage(policy));
        if (r.contributionMonths() != null) {
            out.put("contributionMonths", r.contributionMonths());
        }
        out.put("tableVersion", c.tableVersion());
        out.put("totalCash", c.totalCash());
        out.put("scholarshipTotal", c.scholarshipTotal());
        out.put("medicalCostRecorded", c.medicalCostRecorded());
        out.set("components", Json.MAPPER.valueToTree(c.components()));
        out.set("notPayable", Json.MAPPER.valueToTree(c.notPayable()));
    }

    /** The refusal as a direct invoke answers it. */
    public static ObjectNode error(ClaimProblem problem) {
        ObjectNode error = Json.MAPPER.createObjectNode().put("status", problem.status());
        error.setAll(problemBody(problem));
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("error", error);
        return out;
    }

    /** {@code code}, {@code field}, {@code message} as every API error has them, plus every reason found. */
    public static ObjectNode problemBody(ClaimProblem problem) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ClaimReason first = problem.reasons().get(0);
        body.put("code", first.code());
        if (first.field() != null) {
            body.put("field", first.field());
        }
        body.put("message", first.message());
        body.set("reasons", Json.MAPPER.valueToTree(problem.reasons()));
        return body;
    }
}
