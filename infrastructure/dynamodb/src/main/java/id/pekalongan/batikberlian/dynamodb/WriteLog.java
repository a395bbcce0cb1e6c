package id.pekalongan.batikberlian.dynamodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;

/**
 * The append-only log of committed writes, with group commit: writers hand their record over and wait; one thread
 * writes everything handed over since its last round and forces it to disk once, then lets them all go. A record is
 * framed as length (4 bytes), CRC32 of the payload (4 bytes), payload; see {@link LogReader}.
 */
final class WriteLog implements AutoCloseable {

    private final FileChannel channel;
    private final Thread writer;
    private List<byte[]> pending = new ArrayList<>();
    private List<CompletableFuture<Void>> waiting = new ArrayList<>();
    private volatile long size;
    private boolean closed;
    private IOException failure;

    WriteLog(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        size = channel.size();
        channel.position(size);
        writer = new Thread(this::run, "dynamodb-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Hands a record over; the future completes once it is on disk. Called in commit order. */
    synchronized CompletableFuture<Void> append(byte[] payload) {
        if (closed) {
            throw new IllegalStateException("the log is closed");
        }
        if (failure != null) {
            throw new UncheckedIOException("the log could not be written", failure);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        pending.add(payload);
        waiting.add(f);
        notifyAll();
        return f;
    }

    long size() {
        return size;
    }

    /** Waits until everything handed over is on disk. */
    void sync() {
        CompletableFuture<Void> f;
        synchronized (this) {
            if (pending.isEmpty() && waiting.isEmpty()) {
                return;
            }
            f = new CompletableFuture<>();
            waiting.add(f);
            notifyAll();
        }
        f.join();
    }

    /** Empties the log once a snapshot holds all of it; the caller has stopped every writer and synced. */
    synchronized void truncate() throws IOException {
        channel.truncate(0);
        channel.position(0);
        channel.force(true);
        size = 0;
    }

    private void run() {
        while (true) {
            List<byte[]> batch;
            List<CompletableFuture<Void>> done;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (waiting.isEmpty() && closed) {
                    return;
                }
                batch = pending;
                done = waiting;
                pending = new ArrayList<>();
                waiting = new ArrayList<>();
            }
            try {
                if (!batch.isEmpty()) {
                    int total = 0;
                    for (byte[] b : batch) {
                        total += 8 + b.length;
                    }
                    ByteBuffer buf = ByteBuffer.allocate(total);
                    CRC32 crc = new CRC32();
                    for (byte[] b : batch) {
                        crc.reset();
                        crc.update(b);
                        buf.putInt(b.length).putInt((int) crc.getValue()).put(b);
                    }
                    buf.flip();
                    while (buf.hasRemaining()) {
                        channel.write(buf);
                    }
                    channel.force(false);
                    size += total;
                }
                done.forEach(f -> f.complete(null));
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                }
                done.forEach(f -> f.completeExceptionally(e));
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.close();
    }
}
