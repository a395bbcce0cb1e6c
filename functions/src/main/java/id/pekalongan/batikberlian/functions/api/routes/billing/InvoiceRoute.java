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
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code GET /periods/{period}/invoice} for staff and finance: the invoice summary, the subtotals per kelurahan and
 * per budget line, and the CSV/XLSX files (keys and links valid for 15 minutes).
 */
@Component
public class InvoiceRoute implements Route {

    private static final Duration LINK_VALIDITY = Duration.ofMinutes(15);

    private final BillingStore store;
    private final S3Presigner presigner;
    private final Resources resources;

    public InvoiceRoute(BillingStore store, S3Presigner presigner, Resources resources) {
        this.store = store;
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
        Map<String, Object> invoice = new TreeMap<>(store.invoice(period).orElseThrow(() ->
                new ApiError(404, "INVOICE_NOT_FOUND", "period", "tagihan periode " + period + " belum dibuat")));
        invoice.remove("period");
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("period", period.toString());
        body.set("invoice", Json.MAPPER.valueToTree(invoice));
        ArrayNode kelurahan = body.putArray("kelurahan");
        ArrayNode funding = body.putArray("funding");
        for (Map<String, Object> total : store.totals(period)) {
            Map<String, Object> figures = new TreeMap<>(total);
            String sk = (String) figures.remove("sk");
            ObjectNode node = Json.MAPPER.valueToTree(figures);
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
}
