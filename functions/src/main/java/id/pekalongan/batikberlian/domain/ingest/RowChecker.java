package id.pekalongan.batikberlian.domain.ingest;

import id.pekalongan.batikberlian.domain.eligibility.Candidate;
import id.pekalongan.batikberlian.domain.eligibility.EligibilityRule;
import id.pekalongan.batikberlian.domain.eligibility.EvaluationContext;
import id.pekalongan.batikberlian.domain.eligibility.KecamatanMatchesRule;
import id.pekalongan.batikberlian.domain.eligibility.KelurahanInCityRule;
import id.pekalongan.batikberlian.domain.eligibility.NikStructureRule;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.eligibility.RequiredFieldsRule;
import id.pekalongan.batikberlian.domain.eligibility.RuleResult;
import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.nik.NikParser;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.KelurahanMatch;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.upload.DateParser;
import id.pekalongan.batikberlian.domain.upload.Field;
import id.pekalongan.batikberlian.domain.upload.FlagParser;
import id.pekalongan.batikberlian.domain.upload.ParsedValue;
import id.pekalongan.batikberlian.domain.upload.RawRow;
import id.pekalongan.batikberlian.domain.upload.RowProblem;
import id.pekalongan.batikberlian.domain.upload.SexParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a row must pass to be stored at all: the file's own problems, required fields, the NIK's structure
 * (spreadsheet damage included), dates and sex that can be read, and a kelurahan of the city that agrees with the
 * file's. Age, occupation and quota are judged later by the eligibility rules, so that a corrected occupation list
 * can re-judge a stored row instead of the clerk uploading it again.
 */
public final class RowChecker {

    public static final String NIK_DAMAGED = "NIK_DAMAGED";
    public static final String KELURAHAN_NOT_FILE = "KELURAHAN_NOT_FILE";

    /**
     * The rules a row must pass to be stored, in the order a clerk reads them. Asked one by one rather than through
     * {@link id.pekalongan.batikberlian.domain.eligibility.RuleSet#evaluate}: storing needs only the failures, not an
     * explained decision, and a refused row needs only its first one.
     */
    private static final EligibilityRule[] STRUCTURE = {
        new RequiredFieldsRule(), new NikStructureRule(), new KelurahanInCityRule(), new KecamatanMatchesRule()};

    private final EvaluationContext context;
    private final Kelurahan fileKelurahan;
    private final boolean sexFromNik;

    /** @param fileKelurahan the kelurahan the file's key names, or null when only the rows say */
    public RowChecker(KelurahanDirectory directory, OccupationList occupations, LocalDate today,
                      Kelurahan fileKelurahan) {
        this(new EvaluationContext(today, directory, occupations, nik -> false), fileKelurahan, false);
    }

    private RowChecker(EvaluationContext context, Kelurahan fileKelurahan, boolean sexFromNik) {
        this.context = context;
        this.fileKelurahan = fileKelurahan;
        this.sexFromNik = sexFromNik;
    }

    /**
     * For a file without a sex column: the NIK states it (day of birth + 40 for women), so the row takes the NIK's
     * instead of being refused. A file that has the column and leaves a cell empty is still asked to fill it in.
     */
    public RowChecker withSexFromNik(boolean fromNik) {
        return new RowChecker(context, fileKelurahan, fromNik);
    }

    public RowVerdict check(RawRow row) {
        List<RowVerdict.Rejected> problems = new ArrayList<>();
        RowVerdict verdict = judge(row, problems, true);
        return problems.isEmpty() ? verdict : problems.get(0);
    }

    /** Every problem of the row at once, for a form that shows each next to its field; empty when it is fine. */
    public List<RowVerdict.Rejected> problems(RawRow row) {
        List<RowVerdict.Rejected> problems = new ArrayList<>();
        judge(row, problems, false);
        return problems;
    }

    private RowVerdict judge(RawRow row, List<RowVerdict.Rejected> problems, boolean firstOnly) {
        String nikText = row.text(Field.NIK);
        String name = row.text(Field.NAME);
        // Masked only for a row that is refused: an accepted row never shows its NIK.
        String masked = row.problems().isEmpty() && !row.isNumeric(Field.NIK) ? null : mask(nikText);
        for (int i = 0; i < row.problems().size(); i++) {
            RowProblem p = row.problems().get(i);
            problems.add(new RowVerdict.Rejected(row.rowNumber(), masked, name, p.code().name(),
                    p.field() == null ? null : p.field().label(), p.message()));
        }
        if (nikText != null && row.isNumeric(Field.NIK)) {
            // Excel keeps 15 significant digits of a number: the 16th digit of a NIK stored as a number is gone.
            problems.add(new RowVerdict.Rejected(row.rowNumber(), masked, name, NIK_DAMAGED, Field.NIK.label(),
                    "NIK " + masked + " tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang; "
                            + "format kolom NIK sebagai Teks lalu ketik ulang NIK dari KTP"));
        }
        Readings readings = Readings.of(row);
        readings.addProblems(row, nikText, name, problems);
        if (firstOnly && !problems.isEmpty()) {
            return null;
        }
        LocalDate birthDate = readings.date();
        Sex sex = readings.sexOrNull();
        if (sex == null && sexFromNik && row.text(Field.SEX) == null
                && NikParser.parse(nikText) instanceof Nik fromNik) {
            sex = fromNik.sex();
        }
        String kelurahanText = row.text(Field.KELURAHAN);
        if (kelurahanText == null && fileKelurahan != null) {
            kelurahanText = fileKelurahan.code();
        }
        Candidate candidate = new Candidate(nikText, name, birthDate, sex, row.text(Field.OCCUPATION),
                kelurahanText, row.text(Field.KECAMATAN), priority(row));
        for (EligibilityRule rule : STRUCTURE) {
            RuleResult.Fail f = rule.failure(candidate, context);
            if (f != null && problems.stream().noneMatch(p -> java.util.Objects.equals(p.field(), f.field()))) {
                problems.add(new RowVerdict.Rejected(row.rowNumber(), mask(nikText), name, f.code(), f.field(),
                        f.message()));
                if (firstOnly) {
                    return null;
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // Both answers are remembered from the rules just passed: the same text, parsed and matched once.
        Nik nik = (Nik) NikParser.parse(nikText);
        Kelurahan kelurahan = ((KelurahanMatch.InCity) context.kelurahanDirectory().matchKelurahan(kelurahanText))
                .kelurahan();
        if (fileKelurahan != null && !fileKelurahan.code().equals(kelurahan.code())) {
            problems.add(new RowVerdict.Rejected(row.rowNumber(), mask(nikText), name, KELURAHAN_NOT_FILE,
                    Field.KELURAHAN.label(), "baris ini untuk kelurahan " + kelurahan.name()
                    + ", padahal berkas ini untuk kelurahan " + fileKelurahan.name()
                    + "; unggah baris ini lewat berkas kelurahan " + kelurahan.name()));
            return null;
        }
        return new RowVerdict.Accepted(row.rowNumber(), candidate, nik, kelurahan, row);
    }

    private static String mask(String nikText) {
        return nikText == null ? "" : NikMask.mask(nikText);
    }

    /** The row's date and sex cells read once, for both the problems they have and the candidate. */
    private record Readings(ParsedValue<LocalDate> birthDate, ParsedValue<DateParser.BirthPlaceDate> placeAndDate,
                            ParsedValue<Sex> sex) {

        static Readings of(RawRow row) {
            String date = row.text(Field.BIRTH_DATE);
            String placeAndDate = date == null ? row.text(Field.BIRTH_PLACE_DATE) : null;
            String sex = row.text(Field.SEX);
            return new Readings(date == null ? null : DateParser.parse(date),
                    placeAndDate == null ? null : DateParser.parsePlaceAndDate(placeAndDate),
                    sex == null ? null : SexParser.parse(sex));
        }

        LocalDate date() {
            if (birthDate != null) {
                return valueOrNull(birthDate);
            }
            DateParser.BirthPlaceDate both = placeAndDate == null ? null : valueOrNull(placeAndDate);
            return both == null ? null : both.date();
        }

        Sex sexOrNull() {
            return sex == null ? null : valueOrNull(sex);
        }

        void addProblems(RawRow row, String nikText, String name, List<RowVerdict.Rejected> found) {
            addIfInvalid(birthDate, Field.BIRTH_DATE, row, nikText, name, found);
            addIfInvalid(sex, Field.SEX, row, nikText, name, found);
            addIfInvalid(placeAndDate, Field.BIRTH_PLACE_DATE, row, nikText, name, found);
        }

        private static void addIfInvalid(ParsedValue<?> parsed, Field field, RawRow row, String nikText, String name,
                                         List<RowVerdict.Rejected> found) {
            if (parsed instanceof ParsedValue.Invalid<?> bad) {
                found.add(new RowVerdict.Rejected(row.rowNumber(), mask(nikText), name, bad.code().name(),
                        field.label(), bad.message()));
            }
        }
    }

    /** Desil 1 of DTKS, or listed in P3KE, is the programme's "extreme poverty" priority. */
    private static PriorityFlags priority(RawRow row) {
        String desil = row.text(Field.DESIL);
        boolean desil1 = desil != null && (desil.trim().equals("1") || desil.trim().equals("1.0"));
        boolean p3ke = flag(row, Field.P3KE);
        boolean disability = flag(row, Field.DISABILITY);
        boolean breadwinner = flag(row, Field.BREADWINNER);
        return desil1 || p3ke || disability || breadwinner ? new PriorityFlags(desil1 || p3ke, disability, breadwinner)
                : PriorityFlags.NONE;
    }

    private static boolean flag(RawRow row, Field field) {
        String text = row.text(field);
        return text != null && Boolean.TRUE.equals(valueOrNull(FlagParser.parse(text)));
    }

    private static <T> T valueOrNull(ParsedValue<T> parsed) {
        return parsed instanceof ParsedValue.Valid<T> v ? v.value() : null;
    }
}
