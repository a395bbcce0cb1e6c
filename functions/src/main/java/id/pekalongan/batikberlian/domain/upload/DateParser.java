package id.pekalongan.batikberlian.domain.upload;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way kelurahan clerks write them. Numeric dates are always day first (Indonesian order), so
 * "08/17/1975" is refused rather than read as 17 August.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Two-digit years ("17-08-75") are refused with DATE_AMBIGUOUS_YEAR: nothing in the file says the century, and
 *       a wrong century moves a person across the programme's age limits.</li>
 *   <li>A bare Excel serial number in a text cell ("27623") is refused with DATE_SERIAL_NUMBER: a CSV does not say
 *       whether the workbook used the 1900 or the 1904 date system (four years apart), and a five-digit number may as
 *       well be a typing slip. The clerk is told to format the column as a date. XLSX date cells are converted by the
 *       reader, which knows the workbook's date system.</li>
 *   <li>Years outside {@value #MIN_YEAR}–{@value #MAX_YEAR} are DATE_INVALID (typing slips such as 0975).</li>
 *   <li>ISO dates may carry a midnight time ("1975-08-17 00:00:00"), which some exports add.</li>
 * </ul>
 */
public final class DateParser {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2099;

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d+)");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]00:00(?::00(?:\\.0+)?)?)?");
    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile(
            "(\\d{1,2})[\\s\\-/.]*(\\p{L}+)\\.?[\\s\\-/.,]*(\\d+)");
    private static final Pattern MONTH_NAME_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d+)");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,6}(?:\\.0+)?");

    private static final Map<String, Integer> MONTHS = months();

    private DateParser() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
                {"januari", "jan", "january"},
                {"februari", "feb", "pebruari", "peb", "february"},
                {"maret", "mar", "march"},
                {"april", "apr"},
                {"mei", "may"},
                {"juni", "jun", "june"},
                {"juli", "jul", "july"},
                {"agustus", "agu", "agt", "ags", "agus", "aug", "august"},
                {"september", "sep", "sept"},
                {"oktober", "okt", "oct", "october"},
                {"november", "nov", "nopember", "nop"},
                {"desember", "des", "dec", "december"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    /** The month number for an Indonesian or English month name or abbreviation. */
    static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    public static ParsedValue<LocalDate> parse(String input) {
        ParsedValue<LocalDate> plain = plainNumericDate(input);
        if (plain != null) {
            return plain;
        }
        if (input == null || HeaderText.clean(input).isEmpty()) {
            return ParsedValue.missing("Tanggal lahir");
        }
        String text = SPACES.matcher(HeaderText.clean(input)).replaceAll(" ");
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return build(text, m.group(1), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return build(text, m.group(4), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
        }
        m = DAY_MONTH_NAME_YEAR.matcher(text);
        if (m.matches() && month(m.group(2)) != null) {
            return build(text, m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = MONTH_NAME_DAY_YEAR.matcher(text);
        if (m.matches() && month(m.group(1)) != null) {
            return build(text, m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (SERIAL.matcher(text).matches()) {
            return ParsedValue.invalid(ReasonCode.DATE_SERIAL_NUMBER, text, "Tanggal \"" + text
                    + "\" berupa angka seri Excel; format kolom sebagai tanggal (dd/mm/yyyy) lalu simpan ulang");
        }
        return ParsedValue.invalid(ReasonCode.DATE_UNRECOGNISED, text, "Tanggal \"" + text
                + "\" tidak dikenali; gunakan format dd/mm/yyyy, misalnya 17/08/1975");
    }

    /**
     * {@code dd/mm/yyyy} (or with {@code -} or {@code .}) and {@code yyyy-mm-dd} written exactly, as most cells are:
     * read by position, with the answer the patterns below would give; null for anything else.
     */
    static ParsedValue<LocalDate> plainNumericDate(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        char a = text.charAt(2);
        if ((a == '/' || a == '-' || a == '.') && text.charAt(5) == a && digits(text, 0, 2) && digits(text, 3, 5)
                && digits(text, 6, 10)) {
            return build(text, text.substring(6), number(text, 3, 5), number(text, 0, 2));
        }
        char b = text.charAt(4);
        if ((b == '/' || b == '-' || b == '.') && text.charAt(7) == b && digits(text, 0, 4) && digits(text, 5, 7)
                && digits(text, 8, 10)) {
            return build(text, text.substring(0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return null;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    private static ParsedValue<LocalDate> build(String text, String yearDigits, int month, int day) {
        if (yearDigits.length() == 2) {
            return ParsedValue.invalid(ReasonCode.DATE_AMBIGUOUS_YEAR, text, "Tanggal \"" + text
                    + "\" memakai tahun dua digit; tulis tahun lengkap empat digit, misalnya 1975");
        }
        if (yearDigits.length() != 4) {
            return invalidDate(text);
        }
        int year = Integer.parseInt(yearDigits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return invalidDate(text);
        }
        try {
            return ParsedValue.valid(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return invalidDate(text);
        }
    }

    private static ParsedValue<LocalDate> invalidDate(String text) {
        return ParsedValue.invalid(ReasonCode.DATE_INVALID, text, "Tanggal \"" + text + "\" tidak ada di kalender");
    }

    /**
     * Splits a "Tempat/Tgl Lahir" value such as "Pekalongan, 17-08-1975". The place may itself contain commas or
     * spaces, so every split point is tried from the left, commas first, and the first whose remainder is a valid date
     * wins. When none is, the date error of the split at the last comma is returned (it names the bad date); without
     * any comma the value is BIRTH_PLACE_DATE_INVALID.
     */
    public static ParsedValue<BirthPlaceDate> parsePlaceAndDate(String input) {
        if (input == null || HeaderText.clean(input).isEmpty()) {
            return ParsedValue.missing("Tempat/tanggal lahir");
        }
        String text = SPACES.matcher(HeaderText.clean(input)).replaceAll(" ");
        ParsedValue<LocalDate> lastCommaResult = null;
        for (char separator : new char[] {',', ' '}) {
            for (int i = text.indexOf(separator); i >= 0; i = text.indexOf(separator, i + 1)) {
                String place = text.substring(0, i).strip();
                String date = text.substring(i + 1).strip();
                if (place.isEmpty() || place.endsWith(",")) {
                    continue;
                }
                ParsedValue<LocalDate> parsed = parse(date);
                if (parsed instanceof ParsedValue.Valid<LocalDate> valid) {
                    return ParsedValue.valid(new BirthPlaceDate(place, valid.value()));
                }
                if (separator == ',') {
                    lastCommaResult = parsed;
                }
            }
            if (lastCommaResult instanceof ParsedValue.Invalid<LocalDate> invalid
                    && invalid.code() != ReasonCode.DATE_UNRECOGNISED) {
                return ParsedValue.invalid(invalid.code(), text, invalid.message());
            }
        }
        return ParsedValue.invalid(ReasonCode.BIRTH_PLACE_DATE_INVALID, text, "Tempat/tanggal lahir \"" + text
                + "\" tidak dikenali; tulis seperti \"Pekalongan, 17-08-1975\"");
    }

    /** A birth place and date read from one "Tempat/Tgl Lahir" cell. */
    public record BirthPlaceDate(String place, LocalDate date) {
    }
}
