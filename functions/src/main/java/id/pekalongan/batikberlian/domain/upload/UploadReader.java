package id.pekalongan.batikberlian.domain.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Opens a kelurahan upload (CSV or XLSX) and streams its data rows.
 *
 * <p>The kind of file is decided by its content, never by its name: the name hint only appears in messages. Every
 * physical data row after the header comes out exactly once as a {@link RawRow}, except rows whose cells are all
 * empty (blank lines), which are skipped without renumbering the rest. Row numbers are those a spreadsheet shows.
 *
 * <p>An XLSX sheet is read twice: once to prove it is readable to its end (so a damaged workbook is rejected whole
 * instead of breaking off mid-way), then again as the row stream. Both passes stream; neither holds the sheet.
 */
public final class UploadReader {

    private UploadReader() {
    }

    /** Reads from a stream by copying it to a temporary file first, deleted when the outcome is closed. */
    public static ReadOutcome open(InputStream in, String fileNameHint, ReadOptions options) throws IOException {
        Path spool = Files.createTempFile("upload-", ".bin");
        try {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            ReadOutcome outcome = open(spool, fileNameHint, options);
            if (outcome instanceof ReadOutcome.Readable readable) {
                Stream<RawRow> rows = readable.rows().onClose(() -> deleteQuietly(spool));
                return new ReadOutcome.Readable(readable.format(), readable.header(), rows);
            }
            deleteQuietly(spool);
            return outcome;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(spool);
            throw e;
        }
    }

    public static ReadOutcome open(Path file, String fileNameHint, ReadOptions options) {
        String name = fileNameHint == null || fileNameHint.isBlank() ? "berkas" : "\"" + fileNameHint + "\"";
        try {
            FileSniffer.Sniff sniff = FileSniffer.sniff(file);
            return switch (sniff.kind()) {
                case EMPTY -> reject(ReasonCode.FILE_EMPTY, "Berkas " + name + " kosong");
                case PDF -> reject(ReasonCode.FILE_PDF, "Berkas " + name
                        + " adalah PDF, bukan tabel; unggah berkas Excel (.xlsx) atau CSV");
                case OLE2 -> reject(ReasonCode.FILE_XLS_UNSUPPORTED, "Berkas " + name
                        + " adalah Excel format lama (.xls) atau terkunci kata sandi; simpan ulang sebagai .xlsx"
                        + " tanpa kata sandi");
                case BINARY -> reject(ReasonCode.FILE_BINARY, "Berkas " + name
                        + " bukan tabel CSV maupun Excel (.xlsx)");
                case MARKUP -> reject(ReasonCode.FILE_NOT_TABULAR, "Berkas " + name
                        + " berisi HTML/XML, bukan CSV atau Excel (.xlsx); buka di Excel lalu simpan sebagai .xlsx");
                case ZIP -> openXlsx(file, options);
                case TEXT -> openCsv(file, sniff, name, options);
            };
        } catch (IOException e) {
            return reject(ReasonCode.FILE_READ_ERROR, "Berkas " + name + " tidak dapat dibaca");
        }
    }

    private static ReadOutcome openCsv(Path file, FileSniffer.Sniff sniff, String name, ReadOptions options)
            throws IOException {
        TextEncoding encoding = TextEncoding.detect(file, sniff.head(), sniff.length());
        InputStream bytes = Files.newInputStream(file);
        try {
            bytes.skipNBytes(encoding.bomLength());
            LineSource lines = lines(bytes, encoding);
            int rowNumber = 0;
            LineSource.Line first;
            do {
                first = lines.next();
                rowNumber++;
            } while (first != null && !first.tooLong() && isBlankLine(first.text()));
            if (first == null) {
                bytes.close();
                return reject(ReasonCode.FILE_EMPTY, "Berkas " + name + " kosong");
            }
            if (first.tooLong()) {
                bytes.close();
                return reject(ReasonCode.HEADER_TOO_LONG, "Baris judul berkas " + name + " lebih panjang dari "
                        + Limits.MAX_RECORD_CHARS + " karakter; berkas tidak terbaca sebagai tabel");
            }
            Optional<Character> delimiter = DelimiterDetector.detect(first.text());
            if (delimiter.isEmpty()) {
                bytes.close();
                return reject(ReasonCode.FILE_NOT_TABULAR, "Baris judul berkas " + name
                        + " tidak memuat pemisah kolom (koma, titik koma, atau tab); berkas bukan tabel");
            }
            CsvRecordReader records = new CsvRecordReader(lines, bytes, delimiter.get(), rowNumber);
            records.unread(first);
            PhysicalRow headerRow = records.next();
            if (headerRow.problem() != null) {
                records.close();
                return reject(ReasonCode.HEADER_UNBALANCED_QUOTES, "Baris judul berkas " + name
                        + " berisi tanda kutip (\") yang tidak ditutup");
            }
            ReadOutcome outcome = readable(SourceFormat.csv(encoding.charset(), delimiter.get()), headerRow, records,
                    true, options);
            if (outcome instanceof ReadOutcome.Readable readable) {
                records.expectCells(readable.header().width());
            }
            return outcome;
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    private static LineSource lines(InputStream bytes, TextEncoding encoding) {
        if (encoding.linesDecodeAlone()) {
            return new ByteLineReader(bytes, encoding.charset(), Limits.MAX_RECORD_CHARS);
        }
        // The line reader keeps its own buffer of characters; a BufferedReader between would copy each twice.
        Reader chars = new InputStreamReader(bytes, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new BoundedLineReader(chars, Limits.MAX_RECORD_CHARS);
    }

    private static boolean isBlankLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != ',' && c != ';' && c != '"') {
                return false;
            }
        }
        return true;
    }

    private static ReadOutcome openXlsx(Path file, ReadOptions options) throws IOException {
        try {
            XlsxWorkbook workbook = XlsxWorkbook.open(file);
            try {
                try (RowSource check = workbook.rows()) {
                    while (check.next() != null) {
                        // Reading to the end is the check.
                    }
                }
                RowSource rows = closing(workbook.rows(), workbook);
                PhysicalRow header;
                do {
                    header = rows.next();
                } while (header != null && header.isBlank());
                if (header == null) {
                    rows.close();
                    return reject(ReasonCode.FILE_EMPTY, "Lembar kerja pertama berkas Excel kosong");
                }
                if (header.problem() != null) {
                    rows.close();
                    return reject(ReasonCode.HEADER_TOO_LONG, "Baris judul lebih panjang dari "
                            + Limits.MAX_RECORD_CHARS + " karakter");
                }
                return readable(SourceFormat.xlsx(), header, rows, false, options);
            } catch (XlsxException | IOException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        } catch (XlsxException e) {
            return reject(e.code(), e.getMessage());
        } catch (UploadReadException e) {
            return reject(e.code(), e.getMessage());
        }
    }

    private static ReadOutcome readable(SourceFormat format, PhysicalRow headerRow, RowSource rows,
                                        boolean checkCellCount, ReadOptions options) throws IOException {
        List<String> headerCells = List.of(headerRow.texts());
        HeaderMapping mapping = HeaderMatcher.map(headerCells, headerRow.rowNumber(), options);
        if (!mapping.conflicts().isEmpty()) {
            rows.close();
            HeaderMapping.Column conflict = mapping.conflicts().get(0);
            HeaderMapping.Column first = mapping.columnOf(conflict.field()).orElseThrow();
            return reject(ReasonCode.HEADER_DUPLICATE_COLUMN, "Kolom " + conflict.field().label()
                    + " muncul lebih dari sekali (kolom " + first.letter() + " \"" + first.header() + "\" dan kolom "
                    + conflict.letter() + " \"" + conflict.header() + "\"); hapus salah satu");
        }
        if (!mapping.missingRequired().isEmpty()) {
            rows.close();
            String missing = mapping.missingRequired().stream()
                    .map(f -> f == Field.BIRTH_DATE ? "Tanggal Lahir (atau Tempat/Tgl Lahir)" : f.label())
                    .collect(Collectors.joining(", "));
            String found = mapping.columns().stream().map(HeaderMapping.Column::header).filter(h -> !h.isEmpty())
                    .collect(Collectors.joining(", "));
            return reject(ReasonCode.HEADER_MISSING_COLUMN, "Kolom wajib tidak ditemukan: " + missing
                    + ". Kolom yang ada: " + (found.isEmpty() ? "(tidak ada)" : found));
        }
        RowAssembler assembler = new RowAssembler(mapping, checkCellCount);
        Iterator<RawRow> iterator = new Iterator<>() {
            private RawRow next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    PhysicalRow row;
                    try {
                        row = rows.next();
                    } catch (IOException e) {
                        throw new UploadReadException(ReasonCode.FILE_READ_ERROR, "Berkas gagal dibaca sampai akhir",
                                e);
                    }
                    if (row == null) {
                        done = true;
                    } else if (!row.isBlank()) {
                        next = assembler.assemble(row);
                    }
                }
                return next != null;
            }

            @Override
            public RawRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawRow row = next;
                next = null;
                return row;
            }
        };
        Stream<RawRow> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        rows.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return new ReadOutcome.Readable(format, mapping, stream);
    }

    private static RowSource closing(RowSource rows, AutoCloseable alsoClose) {
        return new RowSource() {
            @Override
            public PhysicalRow next() throws IOException {
                return rows.next();
            }

            @Override
            public void close() throws IOException {
                try {
                    rows.close();
                } finally {
                    try {
                        alsoClose.close();
                    } catch (IOException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IOException(e);
                    }
                }
            }
        };
    }

    private static ReadOutcome reject(ReasonCode code, String message) {
        return new ReadOutcome.Rejected(code, message);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temp file in /tmp is reclaimed with the Lambda sandbox.
        }
    }
}
