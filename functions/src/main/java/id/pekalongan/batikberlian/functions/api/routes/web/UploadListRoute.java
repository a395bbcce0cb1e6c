package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.storage.UploadStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The uploads a caller may see, newest first: a clerk's own kelurahan through the {@code byKelurahan} index; staff
 * everything (a scan — a few hundred files a year) or one kelurahan with {@code ?kelurahan=}.
 */
@Component
public class UploadListRoute implements Route {

    private final UploadStore uploads;

    public UploadListRoute(UploadStore uploads) {
        this.uploads = uploads;
    }

    @Override
    public String routeKey() {
        return "GET /uploads";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF, Caller.KELURAHAN);
        String kelurahan = caller.isKelurahanClerk() ? caller.kelurahanCode() : request.query().get("kelurahan");
        if (caller.isKelurahanClerk()) {
            caller.requireKelurahan(kelurahan);
        }
        List<Map<String, Object>> items = new ArrayList<>(uploads.list(
                kelurahan == null || kelurahan.isBlank() ? null : kelurahan));
        items.sort(Comparator.comparing((Map<String, Object> i) -> {
            String at = UploadSummaries.text(i, "receivedAt");
            return at == null ? "" : at;
        }).reversed());
        ObjectNode out = JsonBodies.newObject();
        ArrayNode list = out.putArray("uploads");
        items.forEach(i -> list.add(UploadSummaries.summary(i)));
        return JsonBodies.ok(out);
    }
}
