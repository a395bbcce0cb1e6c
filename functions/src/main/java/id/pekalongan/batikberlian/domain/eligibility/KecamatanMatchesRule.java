package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.Kecamatan;
import id.pekalongan.batikberlian.domain.reference.KecamatanMatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import id.pekalongan.batikberlian.domain.reference.KelurahanMatch;

/** When the row names a kecamatan too, it must be the one the kelurahan belongs to (RULES.md §2). */
public final class KecamatanMatchesRule implements EligibilityRule {

    public static final String ID = "KECAMATAN_MATCHES";
    public static final String UNKNOWN = "KECAMATAN_UNKNOWN";
    public static final String OUTSIDE_CITY = "KECAMATAN_OUTSIDE_CITY";
    public static final String MISMATCH = "KECAMATAN_MISMATCH";

    /**
     * A pass names only the kecamatan (the one its kelurahan lies in): one answer per kecamatan, keyed by its code
     * (a String keeps its hash; a record hashes all its fields each time), kept beside the kecamatan it is for.
     */
    private final Map<String, Remembered> passes = new ConcurrentHashMap<>();

    private record Remembered(Kecamatan kecamatan, String expected, RuleResult pass) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        String typed = candidate.kecamatan();
        if (RequiredFieldsRule.isBlank(typed)) {
            return RuleResult.pass(ID, "kecamatan", "Kecamatan tidak diisi; cukup kelurahan.");
        }
        if (RequiredFieldsRule.isBlank(candidate.kelurahan())
                || !(context.kelurahanDirectory().matchKelurahan(candidate.kelurahan())
                instanceof KelurahanMatch.InCity inCity)) {
            return RuleResult.skipped(ID, "kecamatan", "Tidak dibandingkan: kelurahan tidak dikenali.");
        }
        Kelurahan kelurahan = inCity.kelurahan();
        String expected = kelurahan.kecamatanName();
        KecamatanMatch match = context.kelurahanDirectory().matchKecamatan(typed);
        if (match instanceof KecamatanMatch.InCity given) {
            if (given.kecamatan().code().equals(kelurahan.kecamatanCode())) {
                Kecamatan kecamatan = given.kecamatan();
                Remembered known = passes.get(kecamatan.code());
                if (known != null && (known.kecamatan() == kecamatan || known.kecamatan().equals(kecamatan))
                        && known.expected().equals(expected)) {
                    return known.pass();
                }
                RuleResult pass = new RuleResult.Pass(ID, ID + "_OK", "kecamatan", kecamatan.name(), expected,
                        "Kecamatan sesuai dengan kelurahan.");
                passes.put(kecamatan.code(), new Remembered(kecamatan, expected, pass));
                return pass;
            }
            return new RuleResult.Fail(ID, MISMATCH, "kecamatan", typed.strip(), expected,
                    "Kelurahan " + kelurahan.name() + " berada di Kecamatan " + expected + ", bukan "
                            + given.kecamatan().name() + ".");
        }
        if (match instanceof KecamatanMatch.OutsideCity outside) {
            return new RuleResult.Fail(ID, OUTSIDE_CITY, "kecamatan", typed.strip(), expected,
                    "Kecamatan " + outside.place() + " berada di " + outside.region() + "; Kelurahan "
                            + kelurahan.name() + " berada di Kecamatan " + expected + ", Kota Pekalongan.");
        }
        return new RuleResult.Fail(ID, UNKNOWN, "kecamatan", typed.strip(), expected,
                "Kecamatan \"" + typed.strip() + "\" tidak dikenal; Kelurahan " + kelurahan.name()
                        + " berada di Kecamatan " + expected + ".");
    }
}
