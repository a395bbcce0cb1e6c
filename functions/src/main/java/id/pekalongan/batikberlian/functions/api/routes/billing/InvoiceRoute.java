package id.pekalongan.batikberlian.functions.api.routes.billing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.premium.InvoiceFiles;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code GET /periods/{period}/invoice} for staff and finance: the invoice summary, the subtotals per kelurahan and
 * per budget line, and the CSV/XLSX files (keys and links valid for 15 minutes).
 */
@Component
public class InvoiceRoute implements Route {

    private static final Duration LINK_VALIDITY = Duration.ofMinutes(15);

    private final DynamoDbClient dynamo;
    private final S3Presigner presigner;
    private final Resources resources;

    public InvoiceRoute(DynamoDbClient dynamo, S3Presigner presigner, Resources resources) {
        this.dynamo = dynamo;
        this.presigner = presigner;
        this.resources = resources;
    }

    @Override
    public String routeKey() {
        return "GET /periods/{period}/invoice";
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller.of(request).require(Caller.STAFF, Caller.FINANCE);
        BillingPeriod period = BillingPeriod.tryParse(request.pathParameter("period")).orElseThrow(() ->
                new ApiError(400, "INVALID_PERIOD", "period", "periode harus berbentuk TTTT-BB, misalnya 2024-06"));
        BillingStore store = new BillingStore(dynamo, resources.billingTable(), new WriteCounter());
        Map<String, AttributeValue> invoice = store.invoice(period).orElseThrow(() ->
                new ApiError(404, "INVOICE_NOT_FOUND", "period", "tagihan periode " + period + " belum dibuat"));
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("period", period.toString());
        body.set("invoice", json(invoice));
        ArrayNode kelurahan = body.putArray("kelurahan");
        ArrayNode funding = body.putArray("funding");
        for (Map<String, AttributeValue> total : store.totals(period)) {
            String sk = total.get("sk").s();
            ObjectNode node = json(total);
            if (sk.startsWith(BillingStore.TOTAL_KELURAHAN)) {
                node.put("kelurahanCode", sk.substring(BillingStore.TOTAL_KELURAHAN.length()));
                kelurahan.add(node);
            } else if (sk.startsWith(BillingStore.TOTAL_FUND)) {
                node.put("fundingSource", sk.substring(BillingStore.TOTAL_FUND.length()));
                funding.add(node);
            }
        }
        ObjectNode files = body.putObject("files");
        files.set("csv", file(InvoiceFiles.csvKey(period)));
        files.set("xlsx", file(InvoiceFiles.xlsxKey(period)));
        return ApiResponse.json(200, body.toString());
    }

    private ObjectNode file(String key) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("bucket", resources.uploadBucket());
        node.put("key", key);
        node.put("url", presigner.presignGetObject(b -> b.signatureDuration(LINK_VALIDITY)
                .getObjectRequest(g -> g.bucket(resources.uploadBucket()).key(key))).url().toString());
        return node;
    }

    /** Numbers stay numbers, lists stay lists; the keys of the table are left out. */
    private static ObjectNode json(Map<String, AttributeValue> item) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        new java.util.TreeMap<>(item).forEach((name, v) -> {
            if (name.equals("period") || name.equals("sk")) {
                return;
            }
            if (v.n() != null) {
                node.put(name, Long.parseLong(v.n()));
            } else if (v.s() != null) {
                node.put(name, v.s());
            } else if (v.hasL()) {
                ArrayNode a = node.putArray(name);
                v.l().forEach(x -> a.add(x.s()));
            } else if (v.bool() != null) {
                node.put(name, v.bool());
            }
        });
        return node;
    }
}
