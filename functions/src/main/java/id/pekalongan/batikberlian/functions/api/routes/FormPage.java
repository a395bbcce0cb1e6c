package id.pekalongan.batikberlian.functions.api.routes;

import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Route;
import org.springframework.stereotype.Component;

@Component
public class FormPage implements Route {

    @Override
    public String routeKey() {
        return "GET /";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return StaticFiles.serve("index.html");
    }
}
