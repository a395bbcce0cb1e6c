package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.time.Age;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikParser;
import java.time.LocalDate;
import java.util.List;

/**
 * Warns when the two-digit year in the NIK could be read as either century.
 *
 * <p>Precisely: the NIK's day and month give a real date in both 19YY and 20YY, neither date is after the
 * evaluation date, and the age each gives on the evaluation date is at most the policy's plausible maximum
 * (default 100). Example, evaluated on 2023-07-01: YY=23 with a birthday in January reads as 1923 (100 years) or
 * 2023 (0 years) — ambiguous; YY=80 reads as 1980 only, since 2080 lies ahead; YY=05 reads as 2005 only, since
 * 1905 would be 118. The recorded date of birth does not settle the question here: comparing it with the NIK is
 * {@link NikBirthDateMatchesRule}'s business.
 */
public final class NikYearAmbiguousRule implements EligibilityRule {

    public static final String ID = "NIK_YEAR_AMBIGUOUS";
    public static final String AMBIGUOUS = "NIK_YEAR_AMBIGUOUS";

    private final int maximumPlausibleAge;

    public NikYearAmbiguousRule(int maximumPlausibleAge) {
        this.maximumPlausibleAge = maximumPlausibleAge;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult evaluate(Candidate candidate, EvaluationContext context) {
        if (!(NikParser.parse(candidate.nikText()) instanceof Nik nik)) {
            return RuleResult.skipped(ID, "nik", "Tidak diperiksa: NIK tidak sah.");
        }
        List<LocalDate> plausible = nik.candidateBirthDates().stream()
                .filter(date -> isPlausible(date, context.evaluationDate()))
                .toList();
        if (plausible.size() < 2) {
            return RuleResult.pass(ID, "nik", "Tahun lahir pada NIK hanya dapat dibaca satu cara.");
        }
        return new RuleResult.Warn(ID, AMBIGUOUS, "nik", nik.masked(),
                "satu tahun lahir yang masuk akal (usia 0–" + maximumPlausibleAge + " tahun)",
                "Tahun lahir pada NIK hanya dua digit dan dapat berarti tahun 1900-an maupun 2000-an; "
                        + "pastikan tanggal lahir tercatat sesuai KTP/KK.");
    }

    private boolean isPlausible(LocalDate birthDate, LocalDate on) {
        return !birthDate.isAfter(on) && Age.yearsOn(birthDate, on) <= maximumPlausibleAge;
    }
}
