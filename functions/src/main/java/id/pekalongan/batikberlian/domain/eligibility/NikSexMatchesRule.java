package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikParser;

/** Warns when the recorded sex differs from the one the NIK encodes (day + 40 for women). */
public final class NikSexMatchesRule implements EligibilityRule {

    public static final String ID = "NIK_SEX_MATCHES";
    public static final String MISMATCH = "NIK_SEX_MISMATCH";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        if (candidate.sex() == null || !(NikParser.parse(candidate.nikText()) instanceof Nik nik)) {
            return RuleResult.skipped(ID, "sex", "Tidak dibandingkan: NIK tidak sah atau jenis kelamin kosong.");
        }
        if (candidate.sex() == nik.sex()) {
            return RuleResult.pass(ID, "sex", "Jenis kelamin sesuai dengan NIK.");
        }
        return new RuleResult.Warn(ID, MISMATCH, "sex", candidate.sex().label(), nik.sex().label(),
                "Jenis kelamin tercatat " + candidate.sex().label() + ", sedangkan NIK menunjukkan "
                        + nik.sex().label() + ". Periksa KTP/KK.");
    }
}
