package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a text upload: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one, the file is UTF-8 if
 * every byte sequence in it is valid UTF-8 and Windows-1252 otherwise (what Excel's "CSV" writes on Indonesian
 * Windows). The whole file is checked, streaming, because the first non-ASCII name may be on the last row.
 *
 * @param bomLength  bytes to skip before the text
 * @param wellFormed every byte sequence after the byte order mark is valid in the charset (always true for the
 *                   single-byte Windows-1252; checked to the end for UTF-8; not checked for UTF-16)
 */
record TextEncoding(Charset charset, int bomLength, boolean wellFormed) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** From the first bytes alone, when they hold a byte order mark. */
    static TextEncoding fromBom(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, false);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, false);
        }
        return null;
    }

    /**
     * Whether each line can be decoded on its own, as {@link ByteLineReader} does, and read exactly as decoding the
     * whole stream would read it: true for a single-byte charset, and for UTF-8 that is well-formed throughout. A
     * malformed sequence in a file marked UTF-8 by its BOM is left to the stream decoder, whose replacement
     * characters may differ where a sequence breaks off at a line end.
     */
    boolean linesDecodeAlone() {
        return charset.equals(WINDOWS_1252) || (charset.equals(StandardCharsets.UTF_8) && wellFormed);
    }

    static TextEncoding detect(Path file, byte[] head, int length) throws IOException {
        TextEncoding bom = fromBom(head, length);
        if (bom != null && bom.charset().equals(StandardCharsets.UTF_8)) {
            // Excel's "CSV UTF-8" marks its files so; checked too, so that a well-formed one is read by the bytes.
            return new TextEncoding(StandardCharsets.UTF_8, 3, isValidUtf8(file, 3));
        }
        if (bom != null) {
            return bom;
        }
        Utf8Check.Evidence evidence = utf8Evidence(file, 0);
        if (evidence.invalid() == 0) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, true);
        }
        // Decided by evidence, never by the first stray byte: a file whose accented names are UTF-8 and which has a
        // few broken sequences is UTF-8 with those rows in error (they decode to U+FFFD and are refused by row);
        // one with no UTF-8 sequence at all is what Excel writes on Indonesian Windows.
        return evidence.valid() >= evidence.invalid() ? new TextEncoding(StandardCharsets.UTF_8, 0, false)
                : new TextEncoding(WINDOWS_1252, 0, true);
    }

    private static boolean isValidUtf8(Path file, int skip) throws IOException {
        return utf8Evidence(file, skip).invalid() == 0;
    }

    private static Utf8Check.Evidence utf8Evidence(Path file, int skip) throws IOException {
        Utf8Check check = new Utf8Check();
        byte[] chunk = new byte[64 * 1024];
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            for (int read = stream.read(chunk); read >= 0; read = stream.read(chunk)) {
                check.count(chunk, read);
            }
        }
        return check.evidence();
    }
}
