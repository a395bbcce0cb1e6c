package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.storage.BudgetLineStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The programme configuration as the form shows it: quotas around a year, budget lines, occupations. */
@Component
public class ConfigView {


    private final ProgrammeConfigStore config;
    private final BudgetLineStore budget;

    public ConfigView(ProgrammeConfigStore config, BudgetLineStore budget) {
        this.config = config;
        this.budget = budget;
    }

    ObjectNode render(int year) {
        ObjectNode out = JsonBodies.newObject();
        out.put("year", year);
        out.put("quota", config.quotaFor(year));
        ArrayNode quotas = out.putArray("quotas");
        for (int y = year - 1; y <= year + 1; y++) {
            quotas.addObject().put("year", y).put("quota", config.quotaFor(y));
        }
        ArrayNode lines = out.putArray("budgetLines");
        for (BudgetLine l : budget.all()) {
            lines.addObject().put("year", l.year()).put("source", l.source().name())
                    .put("sourceLabel", l.source().label()).put("amount", l.amount()).put("reference", l.reference());
        }
        ArrayNode occupations = out.putArray("occupations");
        for (Occupation o : config.occupations().all()) {
            ObjectNode n = occupations.addObject().put("code", o.code()).put("name", o.name());
            o.aliases().forEach(n.putArray("aliases")::add);
            n.put("validFrom", o.validFrom().toString());
            n.put("validTo", o.validTo() == null ? null : o.validTo().toString());
            n.put("basis", o.basis());
        }
        return out;
    }

    static int year(String requested) {
        if (requested == null || requested.isBlank()) {
            return LocalDate.now(Jakarta.ZONE).getYear();
        }
        if (!requested.matches("20\\d\\d")) {
            throw new id.pekalongan.batikberlian.functions.api.ApiError(400, "YEAR_INVALID", "year",
                    "tahun harus empat angka, misalnya 2025");
        }
        return Integer.parseInt(requested);
    }
}
