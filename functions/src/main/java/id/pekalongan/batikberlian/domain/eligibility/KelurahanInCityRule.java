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

    /**
     * A pass says only which kelurahan it was: one answer per kelurahan, not one per row. Keyed by code, whose hash a
     * String keeps, where a record would hash and compare all its fields on every row; the kelurahan is kept beside
     * its pass so that another directory's kelurahan of the same code (renamed, say) gets its own.
     */
    private final Map<String, Remembered> passes = new ConcurrentHashMap<>();

    private record Remembered(Kelurahan kelurahan, RuleResult pass) {
    }

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
            Kelurahan kelurahan = inCity.kelurahan();
            Remembered known = passes.get(kelurahan.code());
            if (known != null && (known.kelurahan() == kelurahan || known.kelurahan().equals(kelurahan))) {
                return known.pass();
            }
            RuleResult pass = new RuleResult.Pass(ID, ID + "_OK", "kelurahan", kelurahan.name(), "",
                    "Kelurahan " + kelurahan.name() + ", Kecamatan " + kelurahan.kecamatanName() + ".");
            passes.put(kelurahan.code(), new Remembered(kelurahan, pass));
            return pass;
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
