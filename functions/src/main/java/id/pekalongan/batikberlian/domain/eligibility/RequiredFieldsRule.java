package id.pekalongan.batikberlian.domain.eligibility;

import java.util.ArrayList;
import java.util.List;

/** NIK, name, date of birth, sex, occupation and kelurahan must be filled in (RULES.md §2). */
public final class RequiredFieldsRule implements EligibilityRule {

    public static final String ID = "REQUIRED_FIELDS";
    public static final String MISSING = "REQUIRED_FIELD_MISSING";
    private static final RuleResult ALL_FILLED = RuleResult.pass(ID, "", "Semua kolom wajib terisi.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        List<String> fields = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        check(isBlank(candidate.nikText()), "nik", "NIK", fields, labels);
        check(isBlank(candidate.name()), "name", "nama", fields, labels);
        check(candidate.birthDate() == null, "birthDate", "tanggal lahir", fields, labels);
        check(candidate.sex() == null, "sex", "jenis kelamin", fields, labels);
        check(isBlank(candidate.occupation()), "occupation", "pekerjaan", fields, labels);
        check(isBlank(candidate.kelurahan()), "kelurahan", "kelurahan", fields, labels);
        if (fields.isEmpty()) {
            return ALL_FILLED;
        }
        return new RuleResult.Fail(ID, MISSING, String.join(",", fields), "", "wajib diisi",
                "Kolom wajib belum diisi: " + String.join(", ", labels) + ".");
    }

    private static void check(boolean missing, String field, String label, List<String> fields, List<String> labels) {
        if (missing) {
            fields.add(field);
            labels.add(label);
        }
    }

    static boolean isBlank(String text) {
        // A stray apostrophe is what remains of an empty cell forced to text.
        return text == null || text.isBlank() || text.strip().equals("'");
    }
}
