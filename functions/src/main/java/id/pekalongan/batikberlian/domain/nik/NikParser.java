package id.pekalongan.batikberlian.domain.nik;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a NIK from the raw text of a spreadsheet cell or form field.
 *
 * <p>Spreadsheet damage is looked for before anything is stripped: once Excel or LibreOffice has stored a NIK as a
 * number it keeps only 15 significant digits, so the original cannot be recovered and must be typed again.
 * Stripping the dots of {@code 3.37501E+15} would instead produce a plausible-looking but wrong digit string.
 */
public final class NikParser {

    /** {@code 3.37501E+15}, {@code 3,37501E+15}, {@code 3.37501e15}, {@code 3E+15}. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:[.,]\\d*)?\\s*[eE]\\s*\\+?\\s*\\d+");
    /** A number cell written with its decimal tail: {@code 3375010101800001.0}, {@code 3375010101800001,00}. */
    private static final Pattern DECIMAL_TAIL = Pattern.compile("\\d{10,}[.,]0{1,2}");
    /**
     * A number cell written with thousands separators, {@code 3,375,010,101,800,000} or the Indonesian
     * {@code 3.375.010.101.800.000}: groups of exactly three after the first, which no NIK layout uses.
     */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:([.,])\\d{3})(?:\\1\\d{3}){3,}");
    /** What people type between NIK groups: spaces (including no-break and tabs), dots, dashes of any kind. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F.\\-\\u2010-\\u2015\\u2212]+");

    private NikParser() {
    }

    public static NikParseResult parse(String raw) {
        Last seen = last;
        if (seen != null && seen.raw() == raw && raw != null) {
            return seen.result();
        }
        NikParseResult result = read(raw);
        last = new Last(raw, result);
        return result;
    }

    /**
     * The text parsed last, by identity: several rules read the same cell of the same row, and the answer for that
     * very String cannot have changed. A plain field is enough: a record's final fields are seen whole by any thread.
     */
    private record Last(String raw, NikParseResult result) {
    }

    private static Last last;

    private static NikParseResult read(String raw) {
        // Sixteen bare digits, as nearly every row has them, cannot carry spreadsheet damage or separators.
        if (Nik.isSixteenDigits(raw)) {
            return structure(raw);
        }
        String text = raw == null ? "" : raw.strip();
        // A leading apostrophe is how a spreadsheet user forces a cell to text; it is not part of the NIK.
        if (text.startsWith("'")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            return invalid(NikReason.NIK_REQUIRED, "NIK wajib diisi.", "");
        }
        String damage = damageOf(text);
        if (damage != null) {
            return invalid(NikReason.NIK_DAMAGED,
                    "NIK rusak oleh format angka spreadsheet (" + damage + "); digit aslinya tidak dapat dipulihkan. "
                            + "Ketik ulang NIK dari KTP/KK dengan format sel Teks.",
                    maskDamaged(text));
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (!Nik.allAsciiDigits(digits)) {
            return invalid(NikReason.NIK_NOT_DIGITS,
                    "NIK hanya boleh berisi angka; ditemukan karakter lain.", NikMask.mask(text));
        }
        if (digits.length() != 16) {
            return invalid(NikReason.NIK_LENGTH,
                    "NIK harus 16 digit, tertulis " + digits.length() + " digit.", NikMask.mask(digits));
        }
        return structure(digits);
    }

    /** Province, birth date and serial of sixteen digits. */
    private static NikParseResult structure(String digits) {
        int province = twoDigits(digits, 0);
        if (!Provinces.isKnown(province)) {
            return invalid(NikReason.NIK_PROVINCE,
                    "Kode provinsi NIK (" + digits.substring(0, 2) + ") tidak dikenal; yang berlaku: "
                            + Provinces.describe() + ".", NikMask.mask(digits));
        }
        int dayField = twoDigits(digits, 6);
        int month = twoDigits(digits, 8);
        int yy = twoDigits(digits, 10);
        Sex sex = dayField > 40 ? Sex.FEMALE : Sex.MALE;
        int day = sex == Sex.FEMALE ? dayField - 40 : dayField;
        List<LocalDate> candidates = realDates(day, month, yy);
        if (candidates.isEmpty()) {
            // The digits themselves are not named: together with the mask they would reveal most of the NIK.
            return invalid(NikReason.NIK_BIRTH_DATE,
                    "Digit ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (HHBBTT, hari + 40 untuk perempuan).",
                    NikMask.mask(digits));
        }
        if (digits.startsWith("0000", 12)) {
            return invalid(NikReason.NIK_SERIAL, "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.",
                    NikMask.mask(digits));
        }
        return new Nik(digits, sex, day, month, yy, candidates);
    }


    private static int twoDigits(String digits, int at) {
        return (digits.charAt(at) - '0') * 10 + (digits.charAt(at + 1) - '0');
    }

    private static String damageOf(String text) {
        if (SCIENTIFIC.matcher(text).matches()) {
            return "notasi ilmiah";
        }
        if (DECIMAL_TAIL.matcher(text).matches()) {
            return "angka desimal";
        }
        if (THOUSANDS.matcher(text).matches()) {
            return "pemisah ribuan";
        }
        return null;
    }

    /** The decimal tail is the spreadsheet's, not the NIK's: it must not use up the digits the mask may show. */
    private static String maskDamaged(String text) {
        if (DECIMAL_TAIL.matcher(text).matches()) {
            int tail = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
            return NikMask.mask(text.substring(0, tail)) + text.substring(tail);
        }
        return NikMask.mask(text);
    }

    private static List<LocalDate> realDates(int day, int month, int yy) {
        LocalDate in1900 = dateOrNull(1900 + yy, month, day);
        LocalDate in2000 = dateOrNull(2000 + yy, month, day);
        if (in1900 == null) {
            return in2000 == null ? List.of() : List.of(in2000);
        }
        return in2000 == null ? List.of(in1900) : List.of(in1900, in2000);
    }

    /** 29 February exists in 2000 but not in 1900; other impossible dates exist in neither. */
    private static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static InvalidNik invalid(NikReason reason, String message, String masked) {
        return new InvalidNik(reason, message, masked);
    }
}
