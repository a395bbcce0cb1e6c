package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.reference.Occupation;
import java.util.Optional;

/** The occupation is on the programme's list and in force on the evaluation date (RULES.md §2). */
public final class OccupationValidOnDateRule implements EligibilityRule {

    public static final String ID = "OCCUPATION_VALID";
    public static final String UNKNOWN = "OCCUPATION_UNKNOWN";
    public static final String NOT_VALID_ON_DATE = "OCCUPATION_NOT_VALID_ON_DATE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        String typed = candidate.occupation();
        if (RequiredFieldsRule.isBlank(typed)) {
            return RuleResult.skipped(ID, "occupation", "Pekerjaan kosong; lihat kolom wajib.");
        }
        Optional<Occupation> found = context.occupationList().find(typed);
        if (found.isEmpty()) {
            return new RuleResult.Fail(ID, UNKNOWN, "occupation", typed.strip(), "pekerjaan dalam daftar program",
                    "Pekerjaan \"" + typed.strip() + "\" tidak ada dalam daftar pekerjaan program Batik Berlian.");
        }
        Occupation occupation = found.get();
        String period = "berlaku " + occupation.validFrom() + " s.d. "
                + (occupation.validTo() == null ? "sekarang" : occupation.validTo().toString());
        if (!occupation.validOn(context.evaluationDate())) {
            return new RuleResult.Fail(ID, NOT_VALID_ON_DATE, "occupation", occupation.name(), period,
                    "Pekerjaan " + occupation.name() + " belum/tidak lagi termasuk program pada "
                            + context.evaluationDate() + " (" + period + ", dasar: " + occupation.basis() + ").");
        }
        return new RuleResult.Pass(ID, ID + "_OK", "occupation", occupation.name(), period,
                "Pekerjaan termasuk daftar program.");
    }
}
