package id.pekalongan.batikberlian.functions.api.routes.claims;

import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.claims.ClaimAnswers;
import id.pekalongan.batikberlian.functions.claims.ClaimService;
import org.springframework.stereotype.Component;

/** Finance records the payout of an approved claim (APPROVED → PAID); any other status is a 409. */
@Component
public class PayClaimRoute implements Route {

    private final ClaimService claims;

    public PayClaimRoute(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public String routeKey() {
        return "POST /claims/{id}/pay";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.FINANCE);
        return ClaimBodies.answer(200, () -> ClaimAnswers.stored(
                claims.pay(request.pathParameter("id"), caller.username()), claims.policy()));
    }
}
