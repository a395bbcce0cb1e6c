package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/** Writes a snapshot file in the log's framing (length, CRC32, payload) and forces it to disk on close. */
final class SnapshotWriter implements AutoCloseable {

    private final FileOutputStream file;
    private final DataOutputStream out;
    private final CRC32 crc = new CRC32();

    SnapshotWriter(Path path) throws IOException {
        file = new FileOutputStream(path.toFile());
        out = new DataOutputStream(new BufferedOutputStream(file, 1 << 20));
    }

    void write(ObjectNode record) {
        byte[] b = Json.bytes(record);
        crc.reset();
        crc.update(b);
        try {
            out.writeInt(b.length);
            out.writeInt((int) crc.getValue());
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
        file.getFD().sync();
        out.close();
    }
}
