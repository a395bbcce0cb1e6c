package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.InvalidNik;
import id.pekalongan.batikberlian.domain.nik.NikParser;

/** The NIK is 16 digits with a real province, birth date and serial, and no spreadsheet damage (RULES.md §2, §5). */
public final class NikStructureRule implements EligibilityRule {

    public static final String ID = "NIK_STRUCTURE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        if (RequiredFieldsRule.isBlank(candidate.nikText())) {
            return RuleResult.skipped(ID, "nik", "NIK kosong; lihat kolom wajib.");
        }
        RuleResult.Fail fail = failure(candidate, context);
        return fail != null ? fail : new RuleResult.Pass(ID, ID + "_OK", "nik",
                NikParser.parse(candidate.nikText()).masked(), "", "Struktur NIK sah.");
    }

    /** Without the pass, which would mask the NIK of every row only to be thrown away when rows are stored. */
    @Override
    public RuleResult.Fail failure(Candidate candidate, EvaluationContext context) {
        if (RequiredFieldsRule.isBlank(candidate.nikText())) {
            return null;
        }
        if (NikParser.parse(candidate.nikText()) instanceof InvalidNik invalid) {
            return new RuleResult.Fail(ID, invalid.code(), "nik", invalid.masked(),
                    "16 digit: kode wilayah, tanggal lahir (hari + 40 untuk perempuan), nomor urut",
                    invalid.message());
        }
        return null;
    }
}
