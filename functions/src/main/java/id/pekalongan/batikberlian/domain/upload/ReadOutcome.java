package id.pekalongan.batikberlian.domain.upload;

import java.util.Objects;
import java.util.stream.Stream;

/** The result of opening an upload: rows to stream, or a reason the whole file is refused. */
public sealed interface ReadOutcome extends AutoCloseable {

    /**
     * A file whose header was understood. Rows are read lazily as the stream is consumed; the stream can be consumed
     * once. Closing releases the file (and deletes any spooled copy).
     */
    record Readable(SourceFormat format, HeaderMapping header, Stream<RawRow> rows) implements ReadOutcome {
        public Readable {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(rows, "rows");
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** The file cannot be read as an upload at all; {@code message} is for the clerk, in Bahasa Indonesia. */
    record Rejected(ReasonCode code, String message) implements ReadOutcome {
        public Rejected {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public void close() {
        }
    }

    @Override
    void close();
}
