package id.pekalongan.batikberlian.dynamodb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * Reads a file of framed records (length, CRC32, payload) as {@link WriteLog} and {@link Snapshot} write them. A
 * record that is cut short or fails its checksum ends the file: it is what a crash in the middle of a write leaves,
 * and it was never acknowledged, because the writer is answered only after the whole record is forced to disk.
 */
final class LogReader {

    private static final int MAX_RECORD = 256 * 1024 * 1024;

    private LogReader() {
    }

    /** Feeds each intact record to {@code each}; returns the length of the intact prefix of the file. */
    static long read(Path file, Consumer<byte[]> each) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long offset = 0;
            ByteBuffer header = ByteBuffer.allocate(8);
            CRC32 crc = new CRC32();
            while (offset < size) {
                if (size - offset < 8) {
                    return offset;
                }
                header.clear();
                readFully(ch, header, offset);
                header.flip();
                int len = header.getInt();
                int sum = header.getInt();
                if (len < 0 || len > MAX_RECORD || offset + 8 + len > size) {
                    return offset;
                }
                ByteBuffer body = ByteBuffer.allocate(len);
                readFully(ch, body, offset + 8);
                crc.reset();
                crc.update(body.array(), 0, len);
                if ((int) crc.getValue() != sum) {
                    return offset;
                }
                each.accept(body.array());
                offset += 8 + len;
            }
            return offset;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            int n = ch.read(buf, position + buf.position());
            if (n < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }
}
