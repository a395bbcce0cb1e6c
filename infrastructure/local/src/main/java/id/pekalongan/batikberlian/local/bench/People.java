package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.domain.eligibility.Candidate;
import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.premium.RateTables;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible workers of Kota Pekalongan, the same for the same seed and index: a kelurahan of the city, a NIK that
 * encodes the birth date and sex as the civil registry does, an Indonesian name and an occupation from the
 * reference list. Person {@code i} has a NIK no other index has (the date and serial are derived from {@code i}).
 */
public final class People {

    private static final String[] MEN = {"Slamet", "Suparman", "Wahyudi", "Agus", "Bambang", "Joko", "Sugeng",
        "Mulyono", "Rohmat", "Teguh", "Ahmad", "Muhammad", "Imam", "Nur", "Budi", "Heri", "Eko", "Dwi", "Rizki",
        "Fajar", "Kholil", "Casmadi", "Tarno", "Warsito", "Sutrisno"};
    private static final String[] WOMEN = {"Rukayah", "Sri", "Siti", "Nur", "Dewi", "Sumiyati", "Kartini", "Lestari",
        "Wahyuni", "Ratna", "Fitri", "Aminah", "Khotimah", "Umi", "Tri", "Endang", "Yuliani", "Masruroh", "Daryati",
        "Kasminah"};
    private static final String[] SECOND = {"Santoso", "Wibowo", "Hidayat", "Rahayu", "Lestari", "Saputra",
        "Prasetyo", "Kurniawan", "Setiawan", "Maulana", "Aziz", "Fauzi", "Wati", "Ningsih", "Susanti", "Hartono", "",
        "", "", ""};
    private static final String[] STREETS = {"Jl. Sultan Agung", "Jl. Hayam Wuruk", "Jl. Dr. Wahidin",
        "Jl. Kurinci", "Gg. Batik", "Jl. Jlamprang", "Jl. Slamet", "Jl. Progo", "Jl. Urip Sumoharjo"};
    /** The first birth date; index {@code i} is born {@code i mod DAYS} days later. */
    static final LocalDate FIRST_BIRTH = LocalDate.of(1966, 1, 1);
    static final int DAYS = 14_000;

    private final List<Kelurahan> kelurahan;
    private final List<Occupation> occupations;
    private final long seed;

    public People(long seed) {
        this.kelurahan = KelurahanDirectory.loadDefault().kelurahan();
        this.occupations = OccupationList.loadDefault().all();
        this.seed = seed;
    }

    /** One person; {@code offset} shifts the NIK range so two sets of the same run never share a NIK. */
    public Person person(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        Kelurahan k = kelurahan.get(r.nextInt(kelurahan.size()));
        LocalDate birth = FIRST_BIRTH.plusDays(i % DAYS);
        int serial = i / DAYS + 1 + (int) (seed % 50) * 150;
        String kec = k.kecamatanCode().replace(".", "");
        String nik = kec + String.format("%02d%02d%02d%04d", birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, serial);
        String first = sex == Sex.MALE ? MEN[r.nextInt(MEN.length)] : WOMEN[r.nextInt(WOMEN.length)];
        String second = SECOND[r.nextInt(SECOND.length)];
        String name = second.isEmpty() ? first : first + " " + second;
        Occupation o = occupations.get(r.nextInt(occupations.size()));
        String address = STREETS[r.nextInt(STREETS.length)] + " No. " + (1 + r.nextInt(120));
        return new Person(nik, name, birth, sex, o, k, String.format("%03d", 1 + r.nextInt(12)),
                String.format("%03d", 1 + r.nextInt(9)), address);
    }

    /** A worker as the files and forms describe them. */
    public record Person(String nik, String name, LocalDate birthDate, Sex sex, Occupation occupation,
                         Kelurahan kelurahan, String rt, String rw, String address) {

        public Candidate candidate() {
            return new Candidate(nik, name, birthDate, sex, occupation.name(), kelurahan.name(),
                    kelurahan.kecamatanName(), PriorityFlags.NONE);
        }

        public Applicant applicant(ParticipantStatus status, String uploadId, int rowNumber, Instant receivedAt,
                                   LocalDate coverageStart) {
            return new Applicant(new id.pekalongan.batikberlian.domain.participant.Person(nik, name, birthDate, sex),
                    new Residence(kelurahan.code(), kelurahan.kecamatanCode(), rt, rw, address, null),
                    new Work(occupation.name(), occupation.code(), RateTables.standard().inForceOn(LocalDate.now(Jakarta.ZONE)).defaultDeclaredIncome()),
                    PriorityFlags.NONE,
                    status,
                    new Arrival(uploadId, rowNumber, receivedAt, receivedAt + "#" + uploadId + "#" + String.format("%07d", rowNumber)),
                    new Membership(coverageStart == null ? null : coverageStart.minusMonths(1), coverageStart, coverageStart == null ? null : coverageStart.getYear(), null, null, null),
                    null,
                    1);
        }
    }
}
