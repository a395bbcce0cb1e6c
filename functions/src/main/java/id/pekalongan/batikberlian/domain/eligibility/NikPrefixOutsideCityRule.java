package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikParser;

/**
 * Warns when the NIK was first issued outside Kota Pekalongan (prefix not 33.75). Not a rejection: the prefix says
 * where the NIK was first registered, not where the person lives; domicile is the kelurahan rule's business.
 */
public final class NikPrefixOutsideCityRule implements EligibilityRule {

    public static final String ID = "NIK_PREFIX_CITY";
    public static final String OUTSIDE = "NIK_PREFIX_OUTSIDE_CITY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        if (!(NikParser.parse(candidate.nikText()) instanceof Nik nik)) {
            return RuleResult.skipped(ID, "nik", "Tidak diperiksa: NIK tidak sah.");
        }
        if (nik.isKotaPekalongan()) {
            return RuleResult.pass(ID, "nik", "NIK terdaftar di Kota Pekalongan.");
        }
        return new RuleResult.Warn(ID, OUTSIDE, "nik", nik.regencyDotted(), "33.75",
                "NIK pertama kali terdaftar di luar Kota Pekalongan (kode wilayah " + nik.regencyDotted()
                        + "). Tetap diterima; pastikan domisilinya di kelurahan Kota Pekalongan.");
    }
}
