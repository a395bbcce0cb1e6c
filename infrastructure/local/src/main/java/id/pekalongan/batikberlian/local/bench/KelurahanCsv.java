package id.pekalongan.batikberlian.local.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A kelurahan file as clerks send them: comma-separated, dates {@code dd/mm/yyyy}, with the usual few percent of
 * faulty rows — a NIK Excel turned into a number, a date that does not exist, a kelurahan outside the city, and a row
 * pasted twice.
 */
public final class KelurahanCsv {

    static final String HEADER = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan,Kelurahan,Kecamatan,RT,RW,Alamat";
    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How many rows of each kind were written. */
    public record Written(Path file, int rows, int damagedNik, int badDate, int unknownKelurahan, int duplicates) {
        public int faulty() {
            return damagedNik + badDate + unknownKelurahan + duplicates;
        }
    }

    private KelurahanCsv() {
    }

    /** @param faultyPercent share of faulty rows, spread evenly over the four kinds */
    public static Written write(Path file, int rows, long seed, double faultyPercent) throws IOException {
        People people = new People(seed);
        SplittableRandom r = new SplittableRandom(seed);
        int damaged = 0;
        int badDate = 0;
        int unknown = 0;
        int duplicates = 0;
        String previous = null;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (int i = 0; i < rows; i++) {
                People.Person p = people.person(i);
                String nik = p.nik();
                String date = p.birthDate().format(DDMMYYYY);
                String kelurahan = p.kelurahan().name();
                String kecamatan = p.kelurahan().kecamatanName();
                double roll = r.nextDouble() * 100;
                if (roll < faultyPercent && previous != null) {
                    switch ((int) (roll / (faultyPercent / 4))) {
                        case 0 -> {
                            nik = nik.charAt(0) + "." + nik.substring(1, 6) + "E+15";
                            damaged++;
                        }
                        case 1 -> {
                            date = "31/02/" + p.birthDate().getYear();
                            badDate++;
                        }
                        case 2 -> {
                            kelurahan = "Kebon Jeruk";
                            kecamatan = "Palmerah";
                            unknown++;
                        }
                        default -> {
                            w.write(previous);
                            w.newLine();
                            duplicates++;
                            continue;
                        }
                    }
                }
                String line = String.join(",", nik, p.name(), date, p.sex() == id.pekalongan.batikberlian.domain.nik
                        .Sex.MALE ? "L" : "P", p.occupation().name(), kelurahan, kecamatan, p.rt(), p.rw(),
                        p.address());
                w.write(line);
                w.newLine();
                previous = line;
            }
        }
        return new Written(file, rows, damaged, badDate, unknown, duplicates);
    }
}
