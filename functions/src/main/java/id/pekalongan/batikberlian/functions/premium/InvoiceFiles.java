package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The invoice as the insurer receives it, in the same columns as CSV and XLSX, one row per bill line in NIK order.
 * Both renderings are deterministic (same lines, same bytes), so a repeated upload of a period changes nothing.
 *
 * <p>The XLSX is the smallest workbook spreadsheet programs accept, written by hand: inline strings (no shared
 * string table), no styles. The NIK is a string cell: as a number, 16 digits would lose the last ones to
 * floating point — the "3.37501E+15" damage the upload reader has to refuse.
 */
public final class InvoiceFiles {

    public static final List<String> HEADER = List.of("NIK", "Nama", "Tanggal Lahir", "Pekerjaan", "Kode Kelurahan",
            "Kelurahan", "Penghasilan Dilaporkan", "JKK", "JKM", "Total Iuran");

    /** Zip entries carry a fixed time so that the bytes depend on the lines only. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2022, 8, 1, 0, 0);

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

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
        StringBuilder out = new StringBuilder();
        appendCsvRow(out, HEADER);
        for (BillLine l : lines) {
            appendCsvRow(out, List.of(l.nik(), text(l.name()), date(l), text(l.occupation()), text(l.kelurahanCode()),
                    text(kelurahanName.apply(l.kelurahanCode())), Long.toString(l.declaredIncome()),
                    Long.toString(l.jkk()), Long.toString(l.jkm()), Long.toString(l.total())));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String sheetName, List<BillLine> lines, Function<String, String> kelurahanName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet name=\""
                    + xml(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            ZipEntry sheet = new ZipEntry("xl/worksheets/sheet1.xml");
            sheet.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(sheet);
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN
                    + "\"><sheetData>");
            int row = 1;
            w.write("<row r=\"1\">");
            for (int c = 0; c < HEADER.size(); c++) {
                stringCell(w, c, row, HEADER.get(c));
            }
            w.write("</row>");
            for (BillLine l : lines) {
                row++;
                w.write("<row r=\"" + row + "\">");
                stringCell(w, 0, row, l.nik());
                stringCell(w, 1, row, text(l.name()));
                stringCell(w, 2, row, date(l));
                stringCell(w, 3, row, text(l.occupation()));
                stringCell(w, 4, row, text(l.kelurahanCode()));
                stringCell(w, 5, row, text(kelurahanName.apply(l.kelurahanCode())));
                numberCell(w, 6, row, l.declaredIncome());
                numberCell(w, 7, row, l.jkk());
                numberCell(w, 8, row, l.jkm());
                numberCell(w, 9, row, l.total());
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void stringCell(Writer w, int column, int row, String value) throws IOException {
        w.write("<c r=\"" + (char) ('A' + column) + row + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + xml(value) + "</t></is></c>");
    }

    private static void numberCell(Writer w, int column, int row, long value) throws IOException {
        w.write("<c r=\"" + (char) ('A' + column) + row + "\"><v>" + value + "</v></c>");
    }

    private static String date(BillLine l) {
        return l.birthDate() == null ? "" : l.birthDate().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Escapes markup and drops characters XML 1.0 cannot carry at all. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Quotes a field when it needs it, and defuses a leading {@code = + - @} in free text so a spreadsheet opening
     * the CSV does not run it as a formula (names come from kelurahan uploads).
     */
    private static void appendCsvRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?[0-9]+")) {
                f = "'" + f;
            }
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                f = "\"" + f.replace("\"", "\"\"") + "\"";
            }
            out.append(f);
        }
        out.append("\r\n");
    }
}
