package id.pekalongan.batikberlian.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for people who open it in a spreadsheet: RFC 4180 quoting, CRLF line ends, and a leading {@code = + - @} in
 * free text defused so that a spreadsheet does not run it as a formula (names come from kelurahan uploads).
 */
public final class SpreadsheetCsv {

    /** Excel set to Indonesian splits on ';' and reads UTF-8 only after a byte-order mark. */
    public static final char EXCEL_INDONESIA = ';';

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetCsv() {
    }

    public static byte[] write(List<List<String>> rows, char delimiter, boolean byteOrderMark) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            appendRow(out, row, delimiter);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        if (!byteOrderMark) {
            return text;
        }
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static void appendRow(StringBuilder out, List<String> fields, char delimiter) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?[0-9]+")) {
                f = "'" + f;
            }
            if (f.indexOf(delimiter) >= 0 || f.contains("\"") || f.contains("\n") || f.contains("\r")) {
                f = "\"" + f.replace("\"", "\"\"") + "\"";
            }
            out.append(f);
        }
        out.append("\r\n");
    }
}
