package id.pekalongan.batikberlian.domain.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes the clerk's report as CSV that Excel opens safely: UTF-8 with a BOM (so Excel reads the names right), and
 * every cell that would start a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe, because a
 * name such as {@code =HYPERLINK(…)} in an upload must not become a live formula on the clerk's computer.
 */
public final class ReportCsv implements AutoCloseable {

    public static final String HEADER = "baris,nik,nama,status,kode_alasan,pesan";

    private final Writer out;

    public ReportCsv(Writer out) {
        this.out = out;
        write("\uFEFF" + HEADER + "\r\n");
    }

    public void add(ReportRow row) {
        write(cell(Integer.toString(row.rowNumber())) + "," + cell(row.maskedNik()) + "," + cell(row.name()) + ","
                + cell(row.status()) + "," + cell(row.code()) + "," + cell(row.message()) + "\r\n");
    }

    /** A cell, neutralised against formula injection and quoted when it holds a delimiter, quote or line break. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
