package id.pekalongan.batikberlian.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The workbooks the application hands to people (invoices, the upload template), written directly as SpreadsheetML:
 * inline strings, a handful of fixed styles, several sheets. A NIK is always a text cell — as a number, 16 digits
 * lose the last ones to floating point, the "3.37501E+15" damage the upload reader has to refuse — and the same
 * content always gives the same bytes.
 */
public final class XlsxBook {

    /** The styles a cell can take; their order is their index in {@code styles.xml}. */
    public enum Style {
        PLAIN, HEADER, TEXT, RUPIAH, DATE, TITLE
    }

    /** One cell: text, a whole number or a date, with its style. */
    public sealed interface Cell {
        Style style();
    }

    public record Text(String value, Style style) implements Cell {
    }

    public record Number(long value, Style style) implements Cell {
    }

    public record Day(LocalDate value, Style style) implements Cell {
    }

    public static Cell text(String value) {
        return new Text(value == null ? "" : value, Style.PLAIN);
    }

    /** A text cell that a spreadsheet must keep as text even when it is all digits (a NIK, a code). */
    public static Cell digits(String value) {
        return new Text(value == null ? "" : value, Style.TEXT);
    }

    public static Cell header(String value) {
        return new Text(value, Style.HEADER);
    }

    public static Cell title(String value) {
        return new Text(value, Style.TITLE);
    }

    public static Cell rupiah(long value) {
        return new Number(value, Style.RUPIAH);
    }

    public static Cell number(long value) {
        return new Number(value, Style.PLAIN);
    }

    public static Cell date(LocalDate value) {
        return value == null ? text("") : new Day(value, Style.DATE);
    }

    /** A sheet: its name, column widths in characters, and rows of cells (an empty row is a blank line). */
    public record Sheet(String name, List<Integer> widths, List<List<Cell>> rows) {
    }

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2022, 8, 1, 0, 0);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private XlsxBook() {
    }

    public static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder(HEAD
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder book = new StringBuilder(HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
                    + "\"><sheets>");
            StringBuilder rels = new StringBuilder(HEAD + "<Relationships xmlns=\"" + PKG_REL + "\">");
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                book.append("<sheet name=\"").append(xml(sheetName(sheets.get(i - 1).name()))).append("\" sheetId=\"")
                        .append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            rels.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(REL)
                    .append("/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
            entry(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\""
                    + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
            entry(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            entry(zip, "xl/styles.xml", STYLES);
            for (int i = 1; i <= sheets.size(); i++) {
                ZipEntry part = new ZipEntry("xl/worksheets/sheet" + i + ".xml");
                part.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(part);
                Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                sheet(w, sheets.get(i - 1));
                w.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Excel refuses sheet names over 31 characters or with any of {@code []:*?/\}. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean.isEmpty() ? "Lembar" : clean;
    }

    private static void sheet(Writer w, Sheet sheet) throws IOException {
        w.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\">");
        if (!sheet.widths().isEmpty()) {
            w.write("<cols>");
            for (int c = 0; c < sheet.widths().size(); c++) {
                w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + sheet.widths().get(c)
                        + "\" customWidth=\"1\"/>");
            }
            w.write("</cols>");
        }
        w.write("<sheetData>");
        int r = 0;
        for (List<Cell> row : sheet.rows()) {
            r++;
            w.write("<row r=\"" + r + "\">");
            for (int c = 0; c < row.size(); c++) {
                cell(w, column(c) + r, row.get(c));
            }
            w.write("</row>");
        }
        w.write("</sheetData></worksheet>");
    }

    private static void cell(Writer w, String ref, Cell cell) throws IOException {
        String style = cell.style() == Style.PLAIN ? "" : " s=\"" + cell.style().ordinal() + "\"";
        if (cell instanceof Text t) {
            w.write("<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + xml(t.value()) + "</t></is></c>");
        } else if (cell instanceof Number n) {
            w.write("<c r=\"" + ref + "\"" + style + "><v>" + n.value() + "</v></c>");
        } else if (cell instanceof Day d) {
            w.write("<c r=\"" + ref + "\"" + style + "><v>" + ChronoUnit.DAYS.between(EXCEL_EPOCH, d.value())
                    + "</v></c>");
        }
    }

    /** A, B, …, Z, AA, AB, … */
    static String column(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            out.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Escapes markup and drops characters XML 1.0 cannot carry at all. */
    public static String xml(String s) {
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

    /** Fonts: 0 normal, 1 bold, 2 bold large. Formats: 49 text "@", 164 rupiah, 165 "d mmmm yyyy". */
    private static final String STYLES = HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"&quot;Rp&quot;#,##0\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"d mmmm yyyy\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E2F3\"/></patternFill></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "</cellXfs></styleSheet>";
}
