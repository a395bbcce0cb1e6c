package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.storage.Attr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The uploads a caller may see, newest first: a clerk's own kelurahan through the {@code byKelurahan} index; staff
 * everything (a scan — a few hundred files a year) or one kelurahan with {@code ?kelurahan=}.
 */
@Component
public class UploadListRoute implements Route {

    private final DynamoDbClient dynamo;
    private final String table;

    public UploadListRoute(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.table = resources.uploadsTable();
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
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        if (kelurahan == null || kelurahan.isBlank()) {
            dynamo.scanPaginator(b -> b.tableName(table)).items().forEach(items::add);
        } else {
            dynamo.queryPaginator(b -> b.tableName(table).indexName("byKelurahan")
                    .keyConditionExpression("kelurahanCode = :k")
                    .expressionAttributeValues(Map.of(":k", Attr.s(kelurahan)))).items().forEach(items::add);
        }
        items.sort(Comparator.comparing((Map<String, AttributeValue> i) -> {
            String at = Attr.string(i, "receivedAt");
            return at == null ? "" : at;
        }).reversed());
        ObjectNode out = JsonBodies.newObject();
        ArrayNode list = out.putArray("uploads");
        items.forEach(i -> list.add(UploadSummaries.summary(i)));
        return JsonBodies.ok(out);
    }
}
