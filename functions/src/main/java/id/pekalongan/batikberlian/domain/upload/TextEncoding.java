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
 * @param bomLength bytes to skip before the text
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** From the first bytes alone, when they hold a byte order mark. */
    static TextEncoding fromBom(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    static TextEncoding detect(Path file, byte[] head, int length) throws IOException {
        TextEncoding bom = fromBom(head, length);
        if (bom != null) {
            return bom;
        }
        return new TextEncoding(isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isValidUtf8(Path file) throws IOException {
        Utf8Check check = new Utf8Check();
        byte[] chunk = new byte[64 * 1024];
        try (InputStream stream = Files.newInputStream(file)) {
            for (int read = stream.read(chunk); read >= 0; read = stream.read(chunk)) {
                if (!check.feed(chunk, read)) {
                    return false;
                }
            }
        }
        return check.complete();
    }
}
