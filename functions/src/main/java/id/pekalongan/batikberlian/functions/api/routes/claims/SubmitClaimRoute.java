package id.pekalongan.batikberlian.functions.api.routes.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.claims.ClaimAnswers;
import id.pekalongan.batikberlian.functions.claims.ClaimRequestReader;
import id.pekalongan.batikberlian.functions.claims.ClaimService;
import org.springframework.stereotype.Component;

/** Staff or finance file a registered participant's claim: 201 with the stored claim and its breakdown. */
@Component
public class SubmitClaimRoute implements Route {

    private final ClaimService claims;

    public SubmitClaimRoute(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public String routeKey() {
        return "POST /claims";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF, Caller.FINANCE);
        JsonNode body = ClaimBodies.read(request);
        return ClaimBodies.answer(201, () -> {
            // This route always files a claim; a what-if goes to POST /claims/simulate.
            if (body instanceof ObjectNode object) {
                object.remove("simulate");
            }
            return ClaimAnswers.stored(claims.submit(ClaimRequestReader.read(body), caller.username()),
                    claims.policy());
        });
    }
}
