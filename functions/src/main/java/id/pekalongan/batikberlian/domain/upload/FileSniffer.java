package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Decides from the first bytes what kind of file an upload is, before anything tries to parse it. */
final class FileSniffer {

    enum Kind { EMPTY, PDF, ZIP, OLE2, BINARY, MARKUP, TEXT }

    static final int SAMPLE_BYTES = 8192;

    private FileSniffer() {
    }

    record Sniff(Kind kind, byte[] head, int length) {
    }

    static Sniff sniff(Path file) throws IOException {
        byte[] head = new byte[SAMPLE_BYTES];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while (length < head.length && (read = in.read(head, length, head.length - length)) > 0) {
                length += read;
            }
        }
        return new Sniff(classify(head, length), head, length);
    }

    static Kind classify(byte[] head, int length) {
        if (length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(head, length, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Kind.PDF;
        }
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, length, 0x50, 0x4B, 0x05, 0x06)) {
            return Kind.ZIP;
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE2;
        }
        TextEncoding bom = TextEncoding.fromBom(head, length);
        String sample;
        if (bom != null) {
            int usable = bom.charset().equals(StandardCharsets.UTF_8) ? length : length & ~1;
            sample = bom.charset().decode(ByteBuffer.wrap(head, bom.bomLength(), usable - bom.bomLength())).toString();
        } else {
            // Latin-1 maps each byte to one char, enough to count control bytes and NULs in either encoding.
            sample = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        }
        // A NUL or two in a text file is a damaged cell, refused on its row; binary files have them everywhere.
        int controls = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        if (controls * 100 > sample.length()) {
            return Kind.BINARY;
        }
        String start = sample.strip().toLowerCase(java.util.Locale.ROOT);
        if (start.isEmpty() && length < SAMPLE_BYTES) {
            return Kind.EMPTY;
        }
        if (start.startsWith("<?xml") || start.startsWith("<html") || start.startsWith("<!doctype")
                || start.startsWith("<table")) {
            return Kind.MARKUP;
        }
        return Kind.TEXT;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
