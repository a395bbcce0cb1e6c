package id.pekalongan.batikberlian.domain.upload;

import java.nio.charset.Charset;

/**
 * What the reader found the file to be, for reports and diagnostics.
 *
 * @param charset   the text encoding of a CSV, null for XLSX
 * @param delimiter the CSV cell separator, 0 for XLSX
 */
public record SourceFormat(Kind kind, Charset charset, char delimiter) {

    public enum Kind { CSV, XLSX }

    public static SourceFormat csv(Charset charset, char delimiter) {
        return new SourceFormat(Kind.CSV, charset, delimiter);
    }

    public static SourceFormat xlsx() {
        return new SourceFormat(Kind.XLSX, null, (char) 0);
    }
}
