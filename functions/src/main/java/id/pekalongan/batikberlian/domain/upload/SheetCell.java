package id.pekalongan.batikberlian.domain.upload;

/**
 * One cell as the source file holds it, while a reader collects a row cell by cell.
 *
 * @param numeric the XLSX cell stored a number (dates included); always false for CSV
 */
record SheetCell(String text, boolean numeric) {

    static final SheetCell EMPTY = new SheetCell("", false);

    static SheetCell text(String text) {
        return new SheetCell(text, false);
    }

    boolean isBlank() {
        return PhysicalRow.isBlank(text);
    }
}
