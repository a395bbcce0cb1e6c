package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.time.Age;

import java.time.LocalDate;

/** Aged between the policy's minimum and maximum, inclusive, on the evaluation date (RULES.md §2: 18–65). */
public final class AgeRule implements EligibilityRule {

    public static final String ID = "AGE_RANGE";
    public static final String TOO_YOUNG = "AGE_TOO_YOUNG";
    public static final String TOO_OLD = "AGE_TOO_OLD";
    public static final String BIRTH_DATE_IN_FUTURE = "BIRTH_DATE_IN_FUTURE";

    private final int minimumAge;
    private final int maximumAge;

    public AgeRule(int minimumAge, int maximumAge) {
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        LocalDate birthDate = candidate.birthDate();
        LocalDate on = context.evaluationDate();
        String expected = minimumAge + "–" + maximumAge + " tahun";
        if (birthDate == null) {
            return RuleResult.skipped(ID, "birthDate", "Tanggal lahir kosong; lihat kolom wajib.");
        }
        if (birthDate.isAfter(on)) {
            return new RuleResult.Fail(ID, BIRTH_DATE_IN_FUTURE, "birthDate", birthDate.toString(),
                    "paling lambat " + on, "Tanggal lahir " + birthDate + " berada di masa depan.");
        }
        int age = Age.yearsOn(birthDate, on);
        String value = age + " tahun";
        if (age < minimumAge) {
            return new RuleResult.Fail(ID, TOO_YOUNG, "birthDate", value, expected,
                    "Usia " + age + " tahun pada " + on + "; minimal " + minimumAge + " tahun.");
        }
        if (age > maximumAge) {
            return new RuleResult.Fail(ID, TOO_OLD, "birthDate", value, expected,
                    "Usia " + age + " tahun pada " + on + "; maksimal " + maximumAge + " tahun.");
        }
        return new RuleResult.Pass(ID, ID + "_OK", "birthDate", value, expected, "Usia memenuhi syarat.");
    }
}
