package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanMatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Domicile is a kelurahan of Kota Pekalongan (RULES.md §2). */
public final class KelurahanInCityRule implements EligibilityRule {

    public static final String ID = "KELURAHAN_IN_CITY";
    public static final String UNKNOWN = "KELURAHAN_UNKNOWN";
    public static final String OUTSIDE_CITY = "KELURAHAN_OUTSIDE_CITY";

    /** A pass says only which kelurahan it was: one answer per kelurahan, not one per row. */
    private final Map<Kelurahan, RuleResult> passes = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        String typed = candidate.kelurahan();
        if (RequiredFieldsRule.isBlank(typed)) {
            return RuleResult.skipped(ID, "kelurahan", "Kelurahan kosong; lihat kolom wajib.");
        }
        KelurahanMatch match = context.kelurahanDirectory().matchKelurahan(typed);
        if (match instanceof KelurahanMatch.InCity inCity) {
            return passes.computeIfAbsent(inCity.kelurahan(), k -> new RuleResult.Pass(ID, ID + "_OK", "kelurahan",
                    k.name(), "", "Kelurahan " + k.name() + ", Kecamatan " + k.kecamatanName() + "."));
        }
        if (match instanceof KelurahanMatch.OutsideCity outside) {
            return new RuleResult.Fail(ID, OUTSIDE_CITY, "kelurahan", typed.strip(), "kelurahan di Kota Pekalongan",
                    outside.place() + " berada di " + outside.region() + ", bukan Kota Pekalongan; program ini "
                            + "hanya untuk warga yang berdomisili di Kota Pekalongan.");
        }
        return new RuleResult.Fail(ID, UNKNOWN, "kelurahan", typed.strip(), "kelurahan di Kota Pekalongan",
                "Kelurahan \"" + typed.strip() + "\" tidak dikenal di Kota Pekalongan; periksa ejaannya.");
    }
}
