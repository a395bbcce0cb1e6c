package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.FundingSource;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.functions.api.ApiError;
import id.pekalongan.batikberlian.functions.api.ApiRequest;
import id.pekalongan.batikberlian.functions.api.ApiResponse;
import id.pekalongan.batikberlian.functions.api.Caller;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.storage.BudgetLineStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Changes to the programme configuration, by city staff only:
 * <pre>{@code {"quotas":[{"year":2025,"quota":2000}],
 *  "budgetLines":[{"year":2025,"source":"APBD","amount":403200000,"reference":"DPA 1.02.01"}],
 *  "occupations":[{"code":"BECAK","name":"Tukang becak","aliases":[],"validFrom":"2022-08-01","basis":"Perwal"}]}}</pre>
 * Everything is validated before anything is written, so a typo in the third line does not leave the first two
 * half-applied; each written item carries its own audit entry.
 */
@Component
public class ConfigWriteRoute implements Route {

    private final ProgrammeConfigStore config;
    private final BudgetLineStore budget;
    private final ConfigView view;

    public ConfigWriteRoute(ProgrammeConfigStore config, BudgetLineStore budget, ConfigView view) {
        this.config = config;
        this.budget = budget;
        this.view = view;
    }

    @Override
    public String routeKey() {
        return "PUT /config";
    }

    private record Quota(int year, long quota) {
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        Caller caller = Caller.of(request).require(Caller.STAFF);
        ObjectNode body = JsonBodies.object(request);
        List<Quota> quotas = new ArrayList<>();
        List<BudgetLine> lines = new ArrayList<>();
        List<Occupation> occupations = new ArrayList<>();
        int i = 0;
        for (JsonNode q : array(body, "quotas")) {
            String at = "quotas[" + i++ + "]";
            quotas.add(new Quota(year(q, at), whole(q, "quota", at, 0, MAX_QUOTA)));
        }
        i = 0;
        for (JsonNode l : array(body, "budgetLines")) {
            String at = "budgetLines[" + i++ + "]";
            FundingSource source;
            try {
                source = FundingSource.valueOf(l.path("source").asText().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw invalid(at + ".source", "sumber dana harus APBD, APBD_P atau CSR");
            }
            String reference = JsonBodies.text(l, "reference");
            if (reference == null) {
                throw invalid(at + ".reference", "nomor dasar anggaran (DPA/SK) wajib diisi");
            }
            lines.add(new BudgetLine(source, year(l, at), whole(l, "amount", at, 1, MAX_AMOUNT), reference));
        }
        i = 0;
        for (JsonNode o : array(body, "occupations")) {
            occupations.add(occupation(o, "occupations[" + i++ + "]"));
        }
        if (quotas.isEmpty() && lines.isEmpty() && occupations.isEmpty()) {
            throw new ApiError(422, "CONFIG_EMPTY", null, "tidak ada perubahan yang dikirim");
        }
        quotas.forEach(q -> config.setQuota(q.year(), q.quota(), caller.username()));
        lines.forEach(l -> budget.put(l, caller.username()));
        occupations.forEach(o -> config.putOccupation(o, caller.username()));
        int shown = !quotas.isEmpty() ? quotas.get(0).year() : ConfigView.year(null);
        return JsonBodies.ok(view.render(shown));
    }

    private static Iterable<JsonNode> array(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw invalid(name, name + " harus berupa daftar");
        }
        return v;
    }

    /** A programme year's quota: a province's informal workforce is a few million; more is a typing mistake. */
    static final long MAX_QUOTA = 10_000_000L;
    /** A budget line: a whole city's APBD is a few trillion rupiah; Rp1 kuadriliun is beyond any. */
    static final long MAX_AMOUNT = 1_000_000_000_000_000L;

    private static int year(JsonNode node, String at) {
        JsonNode y = node.get("year");
        if (y == null || !y.isIntegralNumber() || !y.canConvertToInt() || y.asInt() < 2000 || y.asInt() > 2099) {
            throw invalid(at + ".year", "tahun harus antara 2000 dan 2099");
        }
        return y.asInt();
    }

    /** A whole number within [min, max]; one beyond a long is refused before asLong() could wrap it. */
    private static long whole(JsonNode node, String field, String at, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw invalid(at + "." + field, "harus bilangan bulat antara " + min + " dan " + max);
        }
        return v.asLong();
    }

    private static Occupation occupation(JsonNode o, String at) {
        String code = JsonBodies.text(o, "code");
        if (code == null || !code.matches("[A-Z0-9_]{2,40}")) {
            throw invalid(at + ".code", "kode pekerjaan harus huruf besar, angka atau garis bawah");
        }
        String name = JsonBodies.text(o, "name");
        if (name == null) {
            throw invalid(at + ".name", "nama pekerjaan wajib diisi");
        }
        List<String> aliases = new ArrayList<>();
        o.path("aliases").forEach(a -> aliases.add(a.asText()));
        LocalDate from = date(o, "validFrom", at);
        if (from == null) {
            throw invalid(at + ".validFrom", "tanggal berlaku wajib diisi");
        }
        LocalDate to = date(o, "validTo", at);
        if (to != null && to.isBefore(from)) {
            throw invalid(at + ".validTo", "tanggal berakhir tidak boleh sebelum tanggal berlaku");
        }
        return new Occupation(code, name, aliases, from, to, JsonBodies.text(o, "basis"));
    }

    private static LocalDate date(JsonNode o, String field, String at) {
        String text = JsonBodies.text(o, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(at + "." + field, "tanggal harus berformat TTTT-BB-HH");
        }
    }

    private static ApiError invalid(String field, String message) {
        return new ApiError(422, "CONFIG_INVALID", field, message);
    }
}
