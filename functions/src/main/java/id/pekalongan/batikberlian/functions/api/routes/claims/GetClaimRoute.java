package id.pekalongan.batikberlian.functions.api.routes.claims;

import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.claims.ClaimAnswers;
import id.pekalongan.batikberlian.functions.claims.ClaimService;
import org.springframework.stereotype.Component;

@Component
public class GetClaimRoute implements Route {

    private final ClaimService claims;

    public GetClaimRoute(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public String routeKey() {
        return "GET /claims/{id}";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller.of(request).require(Caller.STAFF, Caller.FINANCE);
        return ClaimBodies.answer(200, () -> ClaimAnswers.stored(claims.find(request.pathParameter("id")),
                claims.policy()));
    }
}
