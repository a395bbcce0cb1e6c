package id.pekalongan.batikberlian.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where events go when every retry failed: the local stand-in for a dead-letter queue or an on-failure destination.
 * With a data directory they are files under {@code failed-events/}; in memory they are kept in a list.
 */
final class FailedEvents {

    record Failed(String function, String source, String event, String error, Instant at) {
    }

    private final Path dir;
    private final List<Failed> inMemory = new ArrayList<>();
    private final AtomicLong counter = new AtomicLong();

    FailedEvents(Path dataDir) {
        this.dir = dataDir == null ? null : dataDir.resolve("failed-events");
    }

    synchronized void keep(String function, String source, byte[] event, String error) {
        Failed f = new Failed(function, source, new String(event, StandardCharsets.UTF_8), error, Instant.now());
        inMemory.add(f);
        System.err.println("{\"event\":\"event_failed\",\"function\":\"" + function + "\",\"source\":\"" + source
                + "\",\"kept\":" + (dir == null ? "\"memory\"" : "\"" + dir + "\"") + "}");
        if (dir != null) {
            try {
                Files.createDirectories(dir);
                String name = f.at().toEpochMilli() + "-" + counter.incrementAndGet() + "-" + function + ".json";
                Files.writeString(dir.resolve(name), "{\"function\":\"" + function + "\",\"source\":\"" + source
                        + "\",\"error\":" + error + ",\"event\":" + f.event() + "}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    synchronized List<Failed> all() {
        return List.copyOf(inMemory);
    }
}
