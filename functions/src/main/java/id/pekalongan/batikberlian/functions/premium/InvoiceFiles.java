package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.files.SpreadsheetCsv;
import id.pekalongan.batikberlian.files.XlsxBook;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The invoice as the insurer receives it, in the same columns as CSV and XLSX, one row per bill line in NIK order.
 * Both renderings are deterministic (same lines, same bytes), so a repeated upload of a period changes nothing.
 *
 * <p>The XLSX is written by {@link XlsxBook}: the NIK a text cell (as a number, 16 digits would lose the last ones
 * to floating point — the "3.37501E+15" damage the upload reader has to refuse), the amounts in rupiah format.
 */
public final class InvoiceFiles {

    public static final List<String> HEADER = List.of("NIK", "Nama", "Tanggal Lahir", "Pekerjaan", "Kode Kelurahan",
            "Kelurahan", "Penghasilan Dilaporkan", "JKK", "JKM", "Total Iuran");

    private InvoiceFiles() {
    }

    public static String csvKey(BillingPeriod period) {
        return "invoices/" + period + ".csv";
    }

    public static String xlsxKey(BillingPeriod period) {
        return "invoices/" + period + ".xlsx";
    }

    /** RFC 4180, UTF-8, CRLF line ends. */
    public static byte[] csv(List<BillLine> lines, Function<String, String> kelurahanName) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (BillLine l : lines) {
            rows.add(List.of(l.nik(), text(l.name()), date(l), text(l.occupation()), text(l.kelurahanCode()),
                    text(kelurahanName.apply(l.kelurahanCode())), Long.toString(l.declaredIncome()),
                    Long.toString(l.jkk()), Long.toString(l.jkm()), Long.toString(l.total())));
        }
        return SpreadsheetCsv.write(rows, ',', false);
    }

    /** The NIK a text cell, the birth date a date, the amounts rupiah. */
    public static byte[] xlsx(String sheetName, List<BillLine> lines, Function<String, String> kelurahanName) {
        List<List<XlsxBook.Cell>> rows = new ArrayList<>();
        rows.add(HEADER.stream().map(XlsxBook::header).toList());
        for (BillLine l : lines) {
            rows.add(List.of(XlsxBook.digits(l.nik()), XlsxBook.text(l.name()), XlsxBook.date(l.birthDate()),
                    XlsxBook.text(l.occupation()), XlsxBook.digits(l.kelurahanCode()),
                    XlsxBook.text(kelurahanName.apply(l.kelurahanCode())), XlsxBook.rupiah(l.declaredIncome()),
                    XlsxBook.rupiah(l.jkk()), XlsxBook.rupiah(l.jkm()), XlsxBook.rupiah(l.total())));
        }
        return XlsxBook.write(List.of(new XlsxBook.Sheet(sheetName, WIDTHS, rows)));
    }

    private static final List<Integer> WIDTHS = List.of(20, 28, 14, 24, 16, 20, 14, 12, 12, 14);

    private static String date(BillLine l) {
        return l.birthDate() == null ? "" : l.birthDate().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
