package id.pekalongan.batikberlian.domain.upload;

import static id.pekalongan.batikberlian.domain.upload.Uploads.HEADER;
import static id.pekalongan.batikberlian.domain.upload.Uploads.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadReaderTest {

    @TempDir
    Path dir;

    private Path csv(String text) {
        return Uploads.write(dir, "data.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> refusedFiles() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] utf16NoBom = "NIK;Nama\r\n".getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("empty", new byte[0], ReasonCode.FILE_EMPTY),
                Arguments.of("blank lines only", "\r\n \r\n\t\r\n".getBytes(StandardCharsets.UTF_8),
                        ReasonCode.FILE_EMPTY),
                Arguments.of("BOM only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ReasonCode.FILE_EMPTY),
                Arguments.of("binary garbage", garbage, ReasonCode.FILE_BINARY),
                Arguments.of("UTF-16 without BOM", utf16NoBom, ReasonCode.FILE_BINARY),
                Arguments.of("old .xls", ole2, ReasonCode.FILE_XLS_UNSUPPORTED),
                Arguments.of("HTML saved as .xls", "<html><table><tr><td>NIK</td></tr></table></html>"
                        .getBytes(StandardCharsets.UTF_8), ReasonCode.FILE_NOT_TABULAR),
                Arguments.of("a letter, not a table", "Kepada Yth. Bapak Lurah\r\nDengan hormat\r\n"
                        .getBytes(StandardCharsets.UTF_8), ReasonCode.FILE_NOT_TABULAR),
                Arguments.of("missing columns", "No;NIK;Nama\r\n1;3375;Budi\r\n".getBytes(StandardCharsets.UTF_8),
                        ReasonCode.HEADER_MISSING_COLUMN),
                Arguments.of("two NIK columns", (HEADER + ";No. NIK\r\n").getBytes(StandardCharsets.UTF_8),
                        ReasonCode.HEADER_DUPLICATE_COLUMN),
                Arguments.of("header quote never closed", "NIK;\"Nama;Tgl Lahir;L/P\r\n"
                        .getBytes(StandardCharsets.UTF_8), ReasonCode.HEADER_UNBALANCED_QUOTES));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("refusedFiles")
    void refusesFilesThatAreNotUploads(String what, byte[] content, ReasonCode expected) {
        ReadOutcome.Rejected rejected = Uploads.rejected(Uploads.write(dir, "data.csv", content));
        assertThat(rejected.code()).isEqualTo(expected);
        assertThat(rejected.message()).isNotBlank();
    }

    @Test
    void aPdfRenamedCsvIsRefusedAsPdf() {
        ReadOutcome.Rejected rejected = Uploads.rejected(Uploads.resource("pdf-renamed.csv"));
        assertThat(rejected.code()).isEqualTo(ReasonCode.FILE_PDF);
        assertThat(rejected.message()).contains("pdf-renamed.csv", "PDF");
    }

    @Test
    void missingColumnsAreNamedWithTheColumnsFound() {
        ReadOutcome.Rejected rejected = Uploads.rejected(csv("No;NIK;Nama;Alamat\r\n"));
        assertThat(rejected.message()).contains("Tanggal Lahir", "Pekerjaan", "Kelurahan",
                "Kolom yang ada: No, NIK, Nama, Alamat").doesNotContain("Jenis Kelamin");
    }

    @Test
    void aHeaderOnlyFileIsReadableWithNoRows() {
        Uploads.Read read = Uploads.readAll(Uploads.resource("header-only.csv"));
        assertThat(read.readable().header().fields()).contains(Field.NIK, Field.KELURAHAN);
        assertThat(read.rows()).isEmpty();
    }

    @Test
    void kelurahanColumnMayBeAbsentWhenTheKeyNamesIt() {
        Path file = csv("NIK;Nama;Tgl Lahir;L/P;Pekerjaan\r\n3375;Budi;01/01/1990;L;Tukang becak\r\n");
        assertThat(Uploads.open(file)).isInstanceOf(ReadOutcome.Rejected.class);
        try (ReadOutcome outcome = UploadReader.open(file, "medono.csv", new ReadOptions(true))) {
            assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Readable.class,
                    r -> assertThat(r.rows().count()).isEqualTo(1));
        }
    }

    @Test
    void blankLinesAreSkippedButRowNumbersStaySpreadsheetRows() {
        Uploads.Read read = Uploads.readAll(csv("\r\n" + HEADER + "\r\n"
                + "1;3375010101900001;  Ahmad   Fauzi ;01/01/1990;L;Tukang becak;Medono\r\n"
                + "\r\n"
                + ";;;;;;\r\n"
                + "   \r\n"
                + "2;3375010202900002;Budi;02/02/1990;L;Tukang becak;Medono\n"
                + "3;3375010303900003;Cici;03/03/1990;P;Tukang becak;Medono"));
        assertThat(read.readable().header().headerRowNumber()).isEqualTo(2);
        assertThat(read.rows()).extracting(RawRow::rowNumber).containsExactly(3, 7, 8);
        assertThat(read.rows().get(0).value(Field.NAME)).contains("Ahmad Fauzi");
        assertThat(read.rows().get(0).value(Field.NIK)).contains("3375010101900001");
    }

    @Test
    void nikIsPassedThroughUntouchedApartFromTrimming() {
        Uploads.Read read = Uploads.readAll(csv(HEADER + "\r\n"
                + "1; 3.37501E+15 ;Budi;01/01/1990;L;Tukang becak;Medono\r\n"
                + "2;3375 0101 0190 0001;Budi;01/01/1990;L;Tukang becak;Medono\r\n"));
        assertThat(read.rows()).extracting(r -> r.value(Field.NIK).orElseThrow())
                .containsExactly("3.37501E+15", "3375 0101 0190 0001");
        assertThat(read.rows()).allSatisfy(r -> assertThat(r.isNumeric(Field.NIK)).isFalse());
    }

    @Test
    void aTenMegabyteLineIsReportedAndTheFollowingRowsStillRead() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            out.write("1;3375010101900001;Ahmad;01/01/1990;L;Tukang becak;Medono\r\n");
            char[] chunk = new char[64 * 1024];
            java.util.Arrays.fill(chunk, 'A');
            for (int written = 0; written < 10 * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\r\n2;3375010202900002;Budi;02/02/1990;L;Tukang becak;Medono\r\n");
            out.write("3;3375010303900003;Cici;03/03/1990;P;Tukang becak;Medono\r\n");
        }
        Uploads.Read read = Uploads.readAll(file);
        assertThat(read.rows()).extracting(RawRow::rowNumber).containsExactly(2, 3, 4, 5);
        assertThat(codes(read.rows().get(1))).containsExactly(ReasonCode.ROW_TOO_LONG);
        assertThat(read.rows().get(1).values()).isEmpty();
        assertThat(read.rows().get(2).value(Field.NAME)).contains("Budi");
        assertThat(read.rows().get(3).problems()).isEmpty();
    }

    @Test
    void aHeaderLongerThanTheLimitRejectsTheFile() {
        String header = "NIK;" + "x".repeat(Limits.MAX_RECORD_CHARS) + "\r\n1;2\r\n";
        assertThat(Uploads.rejected(csv(header)).code()).isEqualTo(ReasonCode.HEADER_TOO_LONG);
    }

    /**
     * unbalanced-quotes.csv: row 3 opens a quote that is never closed (it would pair with the quote of row 4's
     * two-line address); row 4 has a legitimate two-line address; row 5 has doubled quotes; row 6 opens a quote at
     * the very end of the file.
     */
    @Test
    void anUnbalancedQuoteCostsOnlyItsOwnRow() {
        Uploads.Read read = Uploads.readAll(Uploads.resource("unbalanced-quotes.csv"));
        List<RawRow> rows = read.rows();
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(rows).extracting(Uploads::codes).containsExactly(
                List.of(), List.of(ReasonCode.ROW_UNBALANCED_QUOTES), List.of(), List.of(),
                List.of(ReasonCode.ROW_UNBALANCED_QUOTES));
        assertThat(rows.get(1).value(Field.NIK)).contains("3375014202910002");
        assertThat(rows.get(2).value(Field.NAME)).contains("Budi Santoso");
        assertThat(rows.get(2).value(Field.ADDRESS)).contains("Jl. Kurinci 3 RT 02 RW 05");
        assertThat(rows.get(3).value(Field.ADDRESS)).contains("Jl. \"Mawar\" 4");
        assertThat(rows.get(4).value(Field.NAME)).contains("Eko");
    }

    @Test
    void aQuoteLeftOpenForMoreLinesThanARecordMaySpanIsCut() {
        StringBuilder text = new StringBuilder(HEADER + "\r\n1;\"3375010101900001;Ahmad;01/01/1990;L;Becak;Medono\r\n");
        for (int i = 2; i <= 30; i++) {
            text.append(i).append(";33750102029000").append(String.format("%02d", i))
                    .append(";Nama ").append(i).append(";02/02/1990;L;Becak;Medono\r\n");
        }
        List<RawRow> rows = Uploads.readAll(csv(text.toString())).rows();
        assertThat(rows).hasSize(30);
        assertThat(codes(rows.get(0))).containsExactly(ReasonCode.ROW_UNBALANCED_QUOTES);
        assertThat(rows.subList(1, 30)).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(rows.get(29).rowNumber()).isEqualTo(31);
    }

    /** cell-count.csv: the header has two trailing empty cells, as Excel writes when a column beyond was touched. */
    @Test
    void rowsWithTooFewOrExtraFilledCellsAreReported() {
        Uploads.Read read = Uploads.readAll(Uploads.resource("cell-count.csv"));
        List<RawRow> rows = read.rows();
        assertThat(read.readable().header().width()).isEqualTo(6);
        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(2, 3, 4, 5, 8);
        assertThat(rows).extracting(Uploads::codes).containsExactly(
                List.of(), List.of(ReasonCode.ROW_CELL_COUNT), List.of(), List.of(ReasonCode.ROW_CELL_COUNT),
                List.of());
        assertThat(rows.get(1).value(Field.OCCUPATION)).contains("Lebe");
        assertThat(rows.get(3).unknownColumns()).isEqualTo(Map.of("Kolom I", "lebih"));
    }

    @Test
    void bomPlusSemicolonsIsReadAsUtf8WithTheFirstHeaderRecognised() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("NIK;Nama;Tgl Lahir;L/P;Pekerjaan;Kelurahan\r\n"
                + "3375010101900001;Siti Nur’aini;01/01/1990;P;Lebe;Medono\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Uploads.Read read = Uploads.readAll(Uploads.write(dir, "bom.csv", all));
        assertThat(read.readable().format()).isEqualTo(SourceFormat.csv(StandardCharsets.UTF_8, ';'));
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.value(Field.NIK)).contains("3375010101900001");
            assertThat(r.value(Field.NAME)).contains("Siti Nur’aini");
        });
    }

    @Test
    void windows1252NamesAreDecodedAsWindows1252() {
        String text = HEADER + "\r\n1;3375010101900001;Suryadi Sëno;01/01/1990;L;Becak;Medono\r\n"
                + "2;3375010202900002;Ngadimin André;02/02/1990;L;Becak;Medono\r\n"
                + "3;3375010303900003;Ma’ruf;03/03/1990;L;Becak;Medono\r\n";
        byte[] bytes = text.getBytes(TextEncoding.WINDOWS_1252);
        assertThat(bytes).contains((byte) 0xE9, (byte) 0x92);
        Uploads.Read read = Uploads.readAll(Uploads.write(dir, "cp1252.csv", bytes));
        assertThat(read.readable().format().charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(read.rows()).extracting(r -> r.value(Field.NAME).orElseThrow())
                .containsExactly("Suryadi Sëno", "Ngadimin André", "Ma’ruf");
    }

    @Test
    void aFewBrokenSequencesInAUtf8FileAreErrorsOnTheirRowsNotAGuessAtWindows1252() {
        byte[] good = (HEADER + "\r\n1;3375010101900001;Suryadi Sëno;01/01/1990;L;Becak;Medono\r\n"
                + "2;3375010202900002;Ngadimin André;02/02/1990;L;Becak;Medono\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = "3;3375010303900003;Ma\u0000ruf;03/03/1990;L;Becak;Medono\r\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == 0) {
                broken[i] = (byte) 0xE9; // a lone Windows-1252 "é" where the NUL stood: not UTF-8
            }
        }
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + broken.length);
        System.arraycopy(broken, 0, bytes, good.length, broken.length);

        Uploads.Read read = Uploads.readAll(Uploads.write(dir, "utf8-rusak.csv", bytes));

        assertThat(read.readable().format().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read.rows()).hasSize(3);
        assertThat(read.rows().get(0).value(Field.NAME)).contains("Suryadi Sëno");
        assertThat(Uploads.codes(read.rows().get(0))).isEmpty();
        assertThat(Uploads.codes(read.rows().get(2))).containsExactly(ReasonCode.ROW_ENCODING_INVALID);
        assertThat(read.rows().get(2).problems().get(0).message()).contains("Baris").contains("kolom 3");
    }

    @Test
    void aNulInOneCellRefusesThatRowAlone() {
        String text = HEADER + "\r\n1;3375010101900001;Suryadi;01/01/1990;L;Becak;Medono\r\n"
                + "2;3375010202900002;Ngadi\u0000min;02/02/1990;L;Becak;Medono\r\n"
                + "3;3375010303900003;Ma’ruf;03/03/1990;L;Becak;Medono\r\n";
        Uploads.Read read = Uploads.readAll(csv(text));

        assertThat(read.rows()).hasSize(3);
        assertThat(Uploads.codes(read.rows().get(0))).isEmpty();
        assertThat(Uploads.codes(read.rows().get(1))).containsExactly(ReasonCode.ROW_BINARY);
        assertThat(read.rows().get(1).problems().get(0).message()).contains("Baris 3").contains("NUL");
        assertThat(Uploads.codes(read.rows().get(2))).isEmpty();
    }

    @Test
    void utf16WithBomIsRead() {
        String text = "\uFEFF" + HEADER.replace(';', '\t') + "\r\n"
                + "1\t3375010101900001\tSuryadi Sëno\t01/01/1990\tL\tBecak\tMedono\r\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Uploads.Read read = Uploads.readAll(Uploads.write(dir, "u16.csv", text.getBytes(charset)));
            assertThat(read.readable().format()).isEqualTo(SourceFormat.csv(charset, '\t'));
            assertThat(read.rows()).singleElement()
                    .satisfies(r -> assertThat(r.value(Field.NAME)).contains("Suryadi Sëno"));
        }
    }

    @Test
    void everyNonBlankDataLineComesOutExactlyOnce() {
        StringBuilder text = new StringBuilder(HEADER + "\r\n");
        int expected = 0;
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append("\r\n");
                case 1 -> { text.append(i).append(";\"3375;Budi;01/01/1990;L;Becak;Medono\r\n"); expected++; }
                case 2 -> { text.append(i).append(";3375;Budi\r\n"); expected++; }
                case 3 -> { text.append(i).append(";3375;Budi;01/01/1990;L;Becak;Medono;extra\r\n"); expected++; }
                default -> { text.append(i).append(";3375;Budi;01/01/1990;L;Becak;Medono\r\n"); expected++; }
            }
        }
        List<RawRow> rows = Uploads.readAll(csv(text.toString())).rows();
        assertThat(rows).hasSize(expected);
        assertThat(rows).extracting(RawRow::rowNumber).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void anInputStreamIsSpooledAndTheSpoolDeletedOnClose() throws IOException {
        byte[] bytes = (HEADER + "\r\n1;3375;Budi;01/01/1990;L;Becak;Medono\r\n").getBytes(StandardCharsets.UTF_8);
        long before = spoolFiles();
        try (ReadOutcome outcome = UploadReader.open(new ByteArrayInputStream(bytes), "x.csv",
                ReadOptions.defaults())) {
            assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Readable.class,
                    r -> assertThat(r.rows().map(RawRow::rowNumber).toList()).containsExactly(2));
        }
        assertThat(spoolFiles()).isEqualTo(before);
        try (ReadOutcome outcome = UploadReader.open(new ByteArrayInputStream(new byte[0]), "x.csv",
                ReadOptions.defaults())) {
            assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Rejected.class,
                    r -> assertThat(r.code()).isEqualTo(ReasonCode.FILE_EMPTY));
        }
        assertThat(spoolFiles()).isEqualTo(before);
    }

    private static long spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload-")).count();
        }
    }

}
