package id.pekalongan.batikberlian.domain.upload;

import java.text.Normalizer;
import java.util.Locale;

/** Folds header text so that "No. NIK", "no nik" and "NO_NIK" compare equal. */
final class HeaderText {

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    private HeaderText() {
    }

    /** Lower case letters and digits only; everything else (spaces, dots, slashes, stars) is dropped. */
    static String key(String header) {
        String folded = Normalizer.normalize(header, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Templates often add a hint in brackets, e.g. "Tanggal Lahir (dd/mm/yyyy)"; the hint is not part of the name. */
    static String withoutBracketedHints(String header) {
        return BRACKETED.matcher(header).replaceAll(" ");
    }

    /** Trims, including the no-break spaces spreadsheets like to leave behind. */
    static String clean(String text) {
        return text.replace('\u00A0', ' ').replace('\uFEFF', ' ').strip();
    }

    /** Spreadsheet column letters for a zero-based index: 0 → A, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
