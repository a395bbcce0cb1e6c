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
 * <p>The region codes and the serial are read off the digits when asked for, not kept: every row of an upload makes
 * a NIK, and few of them are ever asked.
 *
 * @param digits              the 16 digits
 * @param sex                 from the day field (women have day + 40)
 * @param birthDay            the day of birth, 1–31, with the +40 already removed
 * @param birthMonth          1–12
 * @param birthYearTwoDigits  0–99; the century is not encoded
 * @param candidateBirthDates the real dates among 19YY and 20YY, earliest first (one or two entries)
 */
public record Nik(
        String digits,
        Sex sex,
        int birthDay,
        int birthMonth,
        int birthYearTwoDigits,
        List<LocalDate> candidateBirthDates) implements NikParseResult {

    public static final String KOTA_PEKALONGAN = "3375";

    public static final int LENGTH = 16;

    public Nik {
        Objects.requireNonNull(digits, "digits");
        if (!isSixteenDigits(digits)) {
            throw new IllegalArgumentException("a NIK has 16 digits");
        }
        Objects.requireNonNull(sex, "sex");
        candidateBirthDates = List.copyOf(candidateBirthDates);
        if (candidateBirthDates.isEmpty()) {
            throw new IllegalArgumentException("a NIK encodes at least one real birth date");
        }
    }

    /** The one test of a NIK's shape: exactly 16 ASCII digits (no other script's digits, no separators). */
    public static boolean isSixteenDigits(String text) {
        return text != null && text.length() == LENGTH && allAsciiDigits(text);
    }

    static boolean allAsciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits 1–2, e.g. "33". */
    public String provinceCode() {
        return digits.substring(0, 2);
    }

    /** Digits 1–4, e.g. "3375" (Kota Pekalongan). */
    public String regencyCode() {
        return digits.substring(0, 4);
    }

    /** Digits 1–6, e.g. "337501" (Pekalongan Barat): where the NIK was first issued. */
    public String districtCode() {
        return digits.substring(0, 6);
    }

    /** Digits 13–16, "0001" upwards. */
    public String serial() {
        return digits.substring(12);
    }

    /** First 4 and last 4 digits, e.g. {@code 3375********0001}. */
    @Override
    public String masked() {
        return NikMask.mask(digits);
    }

    /** True when the NIK was first issued in Kota Pekalongan (33.75) — not necessarily where the person lives now. */
    public boolean isKotaPekalongan() {
        return digits.startsWith(KOTA_PEKALONGAN);
    }

    /** The region prefix in its dotted written form, e.g. "33.75". */
    public String regencyDotted() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4);
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
