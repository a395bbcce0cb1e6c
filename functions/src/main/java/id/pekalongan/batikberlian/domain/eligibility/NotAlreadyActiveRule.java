package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikParser;

/** The NIK is not already an active participant, whichever kelurahan or upload enrolled it (RULES.md §2). */
public final class NotAlreadyActiveRule implements EligibilityRule {

    public static final String ID = "NOT_ALREADY_ACTIVE";
    public static final String ALREADY_ACTIVE = "ALREADY_ACTIVE_PARTICIPANT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        if (!(NikParser.parse(candidate.nikText()) instanceof Nik nik)) {
            return RuleResult.skipped(ID, "nik", "Tidak diperiksa: NIK tidak sah.");
        }
        if (context.participantLookup().isActiveParticipant(nik)) {
            return new RuleResult.Fail(ID, ALREADY_ACTIVE, "nik", nik.masked(), "belum menjadi peserta aktif",
                    "NIK " + nik.masked() + " sudah terdaftar sebagai peserta aktif Batik Berlian.");
        }
        return RuleResult.pass(ID, "nik", "Belum menjadi peserta aktif.");
    }
}
