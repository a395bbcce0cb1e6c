package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import java.time.LocalDate;
import java.util.Set;

/** Shared test data: the shipped reference lists and one eligible woman from Medono. */
final class Fixtures {

    static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();
    static final OccupationList OCCUPATIONS = OccupationList.loadDefault();
    static final LocalDate EVALUATION_DATE = LocalDate.of(2024, 1, 15);

    /** Woman (day 05 + 40), born 1990-06-05, first registered in Pekalongan Barat, serial 0003. */
    static final String NIK = "3375014506900003";

    static final Candidate ELIGIBLE = new Candidate(NIK, "Siti Aminah", LocalDate.of(1990, 6, 5), Sex.FEMALE,
            "Buruh batik", "Medono", "Pekalongan Barat", PriorityFlags.NONE);

    private Fixtures() {
    }

    static EvaluationContext context() {
        return context(EVALUATION_DATE);
    }

    static EvaluationContext context(LocalDate date, String... activeNiks) {
        return new EvaluationContext(date, DIRECTORY, OCCUPATIONS, new InMemoryParticipants(Set.of(activeNiks)));
    }

    /** The in-memory stand-in for the DynamoDB participants table. */
    record InMemoryParticipants(Set<String> activeNiks) implements ParticipantLookup {
        @Override
        public boolean isActiveParticipant(Nik nik) {
            return activeNiks.contains(nik.digits());
        }
    }

    static Candidate withNik(String nik) {
        Candidate c = ELIGIBLE;
        return new Candidate(nik, c.name(), c.birthDate(), c.sex(), c.occupation(), c.kelurahan(), c.kecamatan(),
                c.priority());
    }

    static Candidate withBirthDate(LocalDate birthDate) {
        Candidate c = ELIGIBLE;
        return new Candidate(c.nikText(), c.name(), birthDate, c.sex(), c.occupation(), c.kelurahan(), c.kecamatan(),
                c.priority());
    }

    static Candidate withNikAndBirth(String nik, LocalDate birthDate, Sex sex) {
        Candidate c = ELIGIBLE;
        return new Candidate(nik, c.name(), birthDate, sex, c.occupation(), c.kelurahan(), c.kecamatan(),
                c.priority());
    }

    static Candidate withOccupation(String occupation) {
        Candidate c = ELIGIBLE;
        return new Candidate(c.nikText(), c.name(), c.birthDate(), c.sex(), occupation, c.kelurahan(), c.kecamatan(),
                c.priority());
    }

    static Candidate withDomicile(String kelurahan, String kecamatan) {
        Candidate c = ELIGIBLE;
        return new Candidate(c.nikText(), c.name(), c.birthDate(), c.sex(), c.occupation(), kelurahan, kecamatan,
                c.priority());
    }

    /** A NIK for the given birth date and sex, first registered in Kota Pekalongan. */
    static String nikFor(LocalDate birthDate, Sex sex) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return String.format("337502%02d%02d%02d0001", day, birthDate.getMonthValue(), birthDate.getYear() % 100);
    }
}
