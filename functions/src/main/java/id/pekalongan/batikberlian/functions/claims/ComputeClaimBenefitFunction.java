package id.pekalongan.batikberlian.functions.claims;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import org.springframework.stereotype.Component;

/**
 * A claim (or a simulation) → what the family is owed, with its breakdown; see {@link ClaimAnswers} for the answer.
 * The input stays a JSON tree rather than a record so that a wrong value (a date that is not a date) becomes a
 * reason in the answer instead of a conversion failure before this code runs. A refusal is answered, not thrown.
 */
@Component
public class ComputeClaimBenefitFunction {

    private final ClaimService claims;

    public ComputeClaimBenefitFunction(ClaimService claims) {
        this.claims = claims;
    }

    public JsonNode apply(JsonNode json) {
        try {
            ClaimRequest request = ClaimRequestReader.read(json);
            if (request.simulation()) {
                return ClaimAnswers.simulation(request, claims.simulate(request), claims.policy());
            }
            return ClaimAnswers.stored(claims.submit(request, ClaimService.SYSTEM), claims.policy());
        } catch (ClaimProblem problem) {
            return ClaimAnswers.error(problem);
        }
    }
}
