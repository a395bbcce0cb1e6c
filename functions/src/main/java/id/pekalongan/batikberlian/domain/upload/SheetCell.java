package id.pekalongan.batikberlian.domain.upload;

/**
 * One cell as the source file holds it.
 *
 * @param numeric the XLSX cell stored a number (dates included); always false for CSV
 */
record SheetCell(String text, boolean numeric) {

    static final SheetCell EMPTY = new SheetCell("", false);

    static SheetCell text(String text) {
        return new SheetCell(text, false);
    }

    /** Nothing but whitespace, no-break spaces or byte order marks: what {@link HeaderText#clean} empties. */
    boolean isBlank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00A0' && c != '\uFEFF' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
