package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import org.springframework.stereotype.Component;

/** The programme configuration; finance reads it too, because budget lines are theirs to reconcile. */
@Component
public class ConfigReadRoute implements Route {

    private final ConfigView view;

    public ConfigReadRoute(ConfigView view) {
        this.view = view;
    }

    @Override
    public String routeKey() {
        return "GET /config";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller.of(request).require(Caller.STAFF, Caller.FINANCE);
        return JsonBodies.ok(view.render(ConfigView.year(request.query().get("year"))));
    }
}
