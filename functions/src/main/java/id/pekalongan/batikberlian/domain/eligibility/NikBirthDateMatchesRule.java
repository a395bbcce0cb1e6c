package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns when the recorded date of birth is not one the NIK encodes. Not a rejection: a NIK is never reissued after
 * a birth-date correction (RULES.md §2).
 *
 * <p>The warning names which parts differ (day, month, year) but not the NIK's digits: with the masked NIK beside
 * them they would give away most of the number.
 */
public final class NikBirthDateMatchesRule implements EligibilityRule {

    public static final String ID = "NIK_BIRTH_DATE_MATCHES";
    public static final String MISMATCH = "NIK_BIRTH_DATE_MISMATCH";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        LocalDate recorded = candidate.birthDate();
        if (recorded == null || !(NikParser.parse(candidate.nikText()) instanceof Nik nik)) {
            return RuleResult.skipped(ID, "birthDate", "Tidak dibandingkan: NIK tidak sah atau tanggal lahir kosong.");
        }
        if (nik.encodesBirthDate(recorded)) {
            return RuleResult.pass(ID, "birthDate", "Tanggal lahir sesuai dengan NIK.");
        }
        List<String> parts = new ArrayList<>();
        if (recorded.getDayOfMonth() != nik.birthDay()) {
            parts.add("hari");
        }
        if (recorded.getMonthValue() != nik.birthMonth()) {
            parts.add("bulan");
        }
        if (recorded.getYear() % 100 != nik.birthYearTwoDigits() || recorded.getYear() < 1900) {
            parts.add("tahun");
        }
        if (parts.isEmpty()) {
            // Same day, month and two-digit year, yet no match: the recorded year is in another century.
            parts.add("abad");
        }
        String differs = String.join(", ", parts);
        return new RuleResult.Warn(ID, MISMATCH, "birthDate", differs, "sama dengan tanggal lahir pada NIK",
                "Tanggal lahir tercatat berbeda dengan tanggal lahir pada NIK (berbeda: " + differs + "). "
                        + "NIK tidak berubah setelah perbaikan data; periksa KTP/KK.");
    }
}
