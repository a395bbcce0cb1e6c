package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: write bytes to a file, open it, collect the rows. */
final class Uploads {

    static final String HEADER = "No;NIK;Nama;Tgl Lahir;L/P;Pekerjaan;Kelurahan";

    private Uploads() {
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(Uploads.class.getResource("/uploads/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReadOutcome open(Path file) {
        return UploadReader.open(file, file.getFileName().toString(), ReadOptions.defaults());
    }

    record Read(ReadOutcome.Readable readable, List<RawRow> rows) {
    }

    static Read readAll(Path file) {
        ReadOutcome outcome = open(file);
        assertThat(outcome).isInstanceOf(ReadOutcome.Readable.class);
        try (ReadOutcome.Readable readable = (ReadOutcome.Readable) outcome) {
            return new Read(readable, readable.rows().toList());
        }
    }

    static ReadOutcome.Rejected rejected(Path file) {
        ReadOutcome outcome = open(file);
        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        return (ReadOutcome.Rejected) outcome;
    }

    static List<ReasonCode> codes(RawRow row) {
        return row.problems().stream().map(RowProblem::code).toList();
    }
}
