package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The data directory: {@code snapshot.db} (every table at some moment) and {@code wal.log} (every commit since),
 * both files of framed records. On start the snapshot and then the log are replayed, a torn tail of the log cut off,
 * and the result written as a new snapshot; the same compaction runs whenever the log passes
 * {@link #COMPACT_AT} bytes. Stream records are not kept here: after a restart a stream starts empty (its ARN and
 * shard stay, and sequence numbers keep increasing).
 */
final class Persistence implements AutoCloseable {

    static final long COMPACT_AT = 128L * 1024 * 1024;
    static final String SNAPSHOT = "snapshot.db";
    static final String LOG = "wal.log";

    private final Path dir;
    private final Database db;
    private final WriteLog log;
    private final AtomicBoolean compacting = new AtomicBoolean();

    private Persistence(Path dir, Database db, WriteLog log) {
        this.dir = dir;
        this.db = db;
        this.log = log;
    }

    static Persistence open(Path dir, Database db) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(SNAPSHOT + ".tmp"));
        replay(dir.resolve(SNAPSHOT), db, false);
        replay(dir.resolve(LOG), db, true);
        Persistence p = new Persistence(dir, db, new WriteLog(dir.resolve(LOG)));
        db.persistence(p);
        p.compact();
        return p;
    }

    private static void replay(Path file, Database db, boolean cutTornTail) throws IOException {
        long size = Files.exists(file) ? Files.size(file) : 0;
        long good = LogReader.read(file, bytes -> db.replay(Json.parse(bytes)));
        if (good < size) {
            if (!cutTornTail) {
                throw new IOException("the snapshot " + file + " is damaged at offset " + good);
            }
            System.err.println("dynamodb: cut a torn record off " + file + " at offset " + good + " ("
                    + (size - good) + " bytes dropped)");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(good);
                ch.force(true);
            }
        }
    }

    CompletableFuture<Void> append(ObjectNode record) {
        return log.append(Json.bytes(record));
    }

    /** Starts a compaction in the background once the log has grown past the threshold. */
    void afterCommit() {
        if (log.size() > COMPACT_AT && compacting.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    compact();
                } finally {
                    compacting.set(false);
                }
            }, "dynamodb-compaction");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * Writes every table to a new snapshot (temporary file, forced, renamed over the old one, directory forced),
     * then empties the log. Writers wait meanwhile; readers go on.
     */
    void compact() {
        db.gate.writeLock().lock();
        try {
            log.sync();
            Path tmp = dir.resolve(SNAPSHOT + ".tmp");
            try (SnapshotWriter w = new SnapshotWriter(tmp)) {
                db.snapshot(w::write);
            }
            Files.move(tmp, dir.resolve(SNAPSHOT), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            forceDirectory();
            log.truncate();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a snapshot in " + dir, e);
        } finally {
            db.gate.writeLock().unlock();
        }
    }

    private void forceDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot open a directory for forcing; the rename is then as durable as they make it.
        }
    }

    @Override
    public void close() {
        try {
            log.sync();
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
