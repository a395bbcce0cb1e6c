package id.pekalongan.batikberlian.functions.api.routes.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.claims.ClaimAnswers;
import id.pekalongan.batikberlian.functions.claims.ClaimRequestReader;
import id.pekalongan.batikberlian.functions.claims.ClaimService;
import org.springframework.stereotype.Component;

/** Public what-if: anyone may ask what a claim would pay; nothing is read about a person and nothing is stored. */
@Component
public class SimulateClaimRoute implements Route {

    private final ClaimService claims;

    public SimulateClaimRoute(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public String routeKey() {
        return "POST /claims/simulate";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        JsonNode body = ClaimBodies.read(request);
        return ClaimBodies.answer(200, () -> {
            if (body instanceof ObjectNode object) {
                object.put("simulate", true);
            }
            ClaimRequest claim = ClaimRequestReader.read(body);
            return ClaimAnswers.simulation(claim, claims.simulate(claim), claims.policy());
        });
    }
}
