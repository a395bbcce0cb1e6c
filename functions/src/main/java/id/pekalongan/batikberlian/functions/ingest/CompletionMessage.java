package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.domain.upload.HeaderMapping;
import id.pekalongan.batikberlian.domain.upload.ReadOutcome;
import java.nio.charset.Charset;
import java.util.List;

/** What the clerk reads when a file has been read to its end: the counts, then anything the reading decided. */
final class CompletionMessage {

    private CompletionMessage() {
    }

    static String of(IngestRun run, boolean preflight, ReadOutcome.Readable readable) {
        return counts(run, preflight, readable.header().unknownColumns()) + sexNote(readable.header())
                + encodingNote(readable.format().charset());
    }

    /** A file without the sex column is taken, and the clerk is told where each row's sex came from. */
    static String sexNote(HeaderMapping header) {
        return header.sexFromNik() ? " Kolom Jenis Kelamin tidak ada: jenis kelamin setiap baris diambil dari NIK"
                + " (tanggal lahir + 40 untuk perempuan); tambahkan kolom itu bila KTP menyatakan lain." : "";
    }

    /** Said whenever a file is read as Windows-1252, so that the choice is never a silent guess. */
    static String encodingNote(Charset charset) {
        return charset != null && charset.name().equalsIgnoreCase("windows-1252")
                ? " Berkas tidak berformat UTF-8 dan dibaca sebagai Windows-1252 (CSV Excel); periksa ejaan nama"
                        + " beraksen di laporan, atau simpan ulang sebagai \"CSV UTF-8\"." : "";
    }

    static String counts(IngestRun run, boolean preflight, List<String> unknownColumns) {
        String text = run.rowsIn() + " baris dibaca: " + run.accepted() + " diterima, " + run.rejected()
                + " ditolak" + (preflight ? " (uji coba, tidak ada yang disimpan)" : "") + ".";
        if (!unknownColumns.isEmpty()) {
            text += " Kolom tidak dikenal (disimpan apa adanya): " + String.join(", ", unknownColumns) + ".";
        }
        return text;
    }
}
