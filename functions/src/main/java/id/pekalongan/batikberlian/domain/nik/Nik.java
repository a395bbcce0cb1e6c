package id.pekalongan.batikberlian.domain.nik;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A structurally valid NIK: {@code PP KK SS DD MM YY NNNN}. Build one with {@link NikParser#parse(String)}.
 *
 * <p>The NIK is personal data: {@link #toString()} gives the masked form, so a NIK that lands in a log line by
 * accident is still masked. Use {@link #digits()} only where the full number is needed (storage keys, lookups).
 *
 * @param digits              the 16 digits
 * @param provinceCode        digits 1–2, e.g. "33"
 * @param regencyCode         digits 1–4, e.g. "3375" (Kota Pekalongan)
 * @param districtCode        digits 1–6, e.g. "337501" (Pekalongan Barat) — where the NIK was first issued
 * @param sex                 from the day field (women have day + 40)
 * @param birthDay            the day of birth, 1–31, with the +40 already removed
 * @param birthMonth          1–12
 * @param birthYearTwoDigits  0–99; the century is not encoded
 * @param candidateBirthDates the real dates among 19YY and 20YY, earliest first (one or two entries)
 * @param serial              digits 13–16, "0001" upwards
 */
public record Nik(
        String digits,
        String provinceCode,
        String regencyCode,
        String districtCode,
        Sex sex,
        int birthDay,
        int birthMonth,
        int birthYearTwoDigits,
        List<LocalDate> candidateBirthDates,
        String serial) implements NikParseResult {

    public static final String KOTA_PEKALONGAN = "3375";

    public Nik {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != 16 || !isDigits(digits)) {
            throw new IllegalArgumentException("a NIK has 16 digits");
        }
        Objects.requireNonNull(sex, "sex");
        candidateBirthDates = List.copyOf(candidateBirthDates);
        if (candidateBirthDates.isEmpty()) {
            throw new IllegalArgumentException("a NIK encodes at least one real birth date");
        }
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** First 4 and last 4 digits, e.g. {@code 3375********0001}. */
    @Override
    public String masked() {
        return digits.substring(0, 4) + "********" + digits.substring(12);
    }

    /** True when the NIK was first issued in Kota Pekalongan (33.75) — not necessarily where the person lives now. */
    public boolean isKotaPekalongan() {
        return digits.startsWith(KOTA_PEKALONGAN);
    }

    /** The region prefix in its dotted written form, e.g. "33.75". */
    public String regencyDotted() {
        return regencyCode.substring(0, 2) + "." + regencyCode.substring(2);
    }

    /** Both centuries give a real date (only 29 February of a year like 00 can rule one out). */
    public boolean hasTwoCandidateBirthDates() {
        return candidateBirthDates.size() == 2;
    }

    /** The candidate birth date in the given century (1900 or 2000), if that date exists. */
    public Optional<LocalDate> birthDateInCentury(int century) {
        return candidateBirthDates.stream().filter(d -> d.getYear() / 100 * 100 == century).findFirst();
    }

    /** True when the recorded date of birth is one the NIK could encode. */
    public boolean encodesBirthDate(LocalDate birthDate) {
        return birthDate != null && candidateBirthDates.contains(birthDate);
    }

    @Override
    public String toString() {
        return "Nik[" + masked() + "]";
    }
}
