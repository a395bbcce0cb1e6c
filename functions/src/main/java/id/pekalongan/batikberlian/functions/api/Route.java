package id.pekalongan.batikberlian.functions.api;

/** One route of the HTTP API; its key is API Gateway's route key, e.g. {@code POST /claims/{id}/approve}. */
public interface Route {

    String routeKey();

    ApiResponse handle(ApiRequest request);
}
