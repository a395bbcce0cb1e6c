package id.pekalongan.batikberlian.functions.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.nik.Sex;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.UploadStore;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** IngestUpload end to end on the DynamoDB engine and the S3 server, fed the S3 notification JSON S3 sends. */
class IngestUploadFunctionTest {

    private static final String HEADER = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan,Kelurahan\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalAws aws = LocalAws.get();
    private IngestUploadFunction function;
    private ApplicantStore applicants;

    @BeforeEach
    void setUp() {
        aws.resetTables();
        function = FunctionsApp.bean(IngestUploadFunction.class);
        applicants = FunctionsApp.bean(ApplicantStore.class);
    }

    private UploadOutcome upload(String key, byte[] content) {
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromBytes(content));
        IngestUploadResult result = function.apply(AwsEvents.s3ObjectCreatedMessage(aws.bucket(), key,
                content.length));
        assertThat(result.uploads()).hasSize(1);
        UploadOutcome o = result.uploads().get(0);
        assertThat(o.rowsIn()).as("rows in = accepted + rejected").isEqualTo(o.accepted() + o.rejected());
        return o;
    }

    private UploadOutcome upload(String key, String csv) {
        return upload(key, csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String[]> reportRows(UploadOutcome o) {
        String csv = aws.s3().getObjectAsBytes(b -> b.bucket(aws.bucket()).key(o.reportKey()))
                .asString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFbaris,nik,nama,status,kode_alasan,pesan");
        return csv.lines().skip(1).map(l -> l.split(",", 6)).toList();
    }

    private static String row(String nik, String name, String date, String sex, String occupation, String kel) {
        return String.join(",", nik, name, date, sex, occupation, kel) + "\n";
    }

    @Test
    void theUrlEncodedKeyOfAClerksFileIsReadAndEveryRowAccountedFor() throws Exception {
        String a = Niks.male(LocalDate.of(1975, 8, 17));
        String b = Niks.of(1, LocalDate.of(1988, 2, 3), true);
        String csv = HEADER + row(a, "Slamet  Riyadi", "17/08/1975", "L", "Tukang becak", "Sapuro Kebulen")
                + row(b, "Siti Aminah", "03-02-1988", "P", "pembatik", "Sapuro-Kebulen")
                + row("3.37501E+15", "Kasman", "01/01/1970", "L", "Kuli panggul", "Sapuro Kebulen");
        UploadOutcome o = upload("incoming/Sapuro Kebulen/daftar pekerja (1).csv", csv);

        assertThat(o.key()).isEqualTo("incoming/Sapuro Kebulen/daftar pekerja (1).csv");
        assertThat(o.kelurahanCode()).isEqualTo("33.75.01.1004");
        assertThat(o.status()).isEqualTo("COMPLETED");
        assertThat(o.rowsIn()).isEqualTo(3);
        assertThat(o.accepted()).isEqualTo(2);
        assertThat(o.countsByReason()).containsEntry("NIK_DAMAGED", 1L);
        Applicant slamet = applicants.find(a).orElseThrow();
        assertThat(slamet.status()).isEqualTo(ParticipantStatus.PENDING);
        assertThat(slamet.name()).isEqualTo("Slamet Riyadi");
        assertThat(slamet.occupationCode()).isEqualTo("BECAK");
        assertThat(slamet.rowNumber()).isEqualTo(2);
        assertThat(slamet.uploadId()).isEqualTo(o.uploadId());
        assertThat(applicants.find(b).orElseThrow().occupationCode()).isEqualTo("BURUH_BATIK");

        List<String[]> report = reportRows(o);
        assertThat(report).hasSize(3);
        assertThat(report.get(2)[3]).isEqualTo("DITOLAK");
        assertThat(report.get(2)[4]).isEqualTo("NIK_DAMAGED");
        assertThat(String.join("\n", report.stream().map(r -> String.join(",", r)).toList()))
                .doesNotContain(a).doesNotContain(b).contains(a.substring(0, 4) + "********" + a.substring(12));
        JsonNode summary = JSON.readTree(aws.s3().getObjectAsBytes(x -> x.bucket(aws.bucket())
                .key("reports/" + o.uploadId() + ".json")).asByteArray());
        assertThat(summary.path("rowsIn").asInt()).isEqualTo(3);
        assertThat(summary.path("accepted").asInt() + summary.path("rejected").asInt()).isEqualTo(3);
    }

    @Test
    void theSameFileTwiceOrUnderAnotherNameAddsNothing() {
        String csv = HEADER + row(Niks.male(LocalDate.of(1980, 1, 5)), "Darsono", "05/01/1980", "L", "Becak",
                "Kauman");
        UploadOutcome first = upload("incoming/Kauman/a.csv", csv);
        assertThat(first.added()).isEqualTo(1);
        UploadOutcome again = upload("incoming/Kauman/a.csv", csv);
        assertThat(again.status()).isEqualTo("ALREADY_PROCESSED");
        assertThat(again.message()).contains("berkas sudah pernah diproses").contains(first.uploadId());
        assertThat(again.added()).isZero();
        UploadOutcome renamed = upload("incoming/Kauman/salinan.csv", csv);
        assertThat(renamed.status()).isEqualTo("ALREADY_PROCESSED");
        assertThat(renamed.uploadId()).isEqualTo(first.uploadId());
        assertThat(applicants.byKelurahan("33.75.02.1004", null).count()).isEqualTo(1);
    }

    @Test
    void aChangedFileAddsOnlyNewRowsAndNamesUnchangedAndConflictingOnes() {
        String a = Niks.of(2, LocalDate.of(1970, 3, 3), false);
        String b = Niks.of(2, LocalDate.of(1971, 4, 4), false);
        String c = Niks.of(2, LocalDate.of(1972, 5, 5), false);
        upload("incoming/Kauman/v1.csv", HEADER + row(a, "Agus", "03/03/1970", "L", "Becak", "Kauman")
                + row(b, "Budi", "04/04/1971", "L", "Becak", "Kauman"));
        UploadOutcome v2 = upload("incoming/Kauman/v2.csv", HEADER
                + row(a, "Agus", "03/03/1970", "L", "Becak", "Kauman")
                + row(b, "Budiman Lain", "09/09/1979", "L", "Becak", "Kauman")
                + row(c, "Candra", "05/05/1972", "L", "Becak", "Kauman"));
        assertThat(v2.added()).isEqualTo(1);
        assertThat(v2.countsByReason()).containsEntry("ADDED", 1L)
                .containsEntry("ALREADY_REGISTERED_UNCHANGED", 1L).containsEntry("NIK_ALREADY_REGISTERED", 1L);
        assertThat(applicants.find(b).orElseThrow().name()).as("never overwritten").isEqualTo("Budi");
    }

    @Test
    void aDuplicateNikInTheFilePointsAtTheFirstRow() {
        String a = Niks.male(LocalDate.of(1990, 6, 6));
        UploadOutcome o = upload("incoming/Kauman/dup.csv", HEADER
                + row(a, "Satu", "06/06/1990", "L", "Becak", "Kauman")
                + row(a, "Dua", "06/06/1990", "L", "Becak", "Kauman"));
        List<String[]> report = reportRows(o);
        assertThat(report.get(1)[4]).isEqualTo("NIK_DUPLICATE_IN_FILE");
        assertThat(report.get(1)[5]).contains("baris 2");
    }

    @Test
    void rowLevelProblemsEachGetTheirOwnReason() {
        UploadOutcome o = upload("incoming/kota/bermasalah.csv", HEADER
                + row(Niks.male(LocalDate.of(1990, 2, 1)).substring(0, 15), "Lima Belas", "01/02/1990", "L",
                "Becak", "Kauman")
                + row(Niks.male(LocalDate.of(1990, 2, 1)), "Tanggal Salah", "31/02/1990", "L", "Becak", "Kauman")
                + row(Niks.male(LocalDate.of(1990, 2, 1)), "Kelurahan Asing", "01/02/1990", "L", "Becak",
                "Atlantis")
                + row(Niks.male(LocalDate.of(1990, 2, 1)), "Kabupaten", "01/02/1990", "L", "Becak", "Kedungwuni")
                + row(Niks.male(LocalDate.of(1990, 2, 1)), "Ejaan Lain", "01/02/1990", "L", "Becak",
                "noyontaan sari")
                + row(Niks.male(LocalDate.of(1990, 2, 1)), "Sel Kurang", "01/02/1990", "L", "Becak", "").trim()
                .replaceAll(",$", "") + "\n");
        Map<Integer, String> codes = reportRows(o).stream()
                .collect(Collectors.toMap(r -> Integer.parseInt(r[0]), r -> r[4]));
        assertThat(codes).containsEntry(2, "NIK_LENGTH").containsEntry(3, "DATE_INVALID")
                .containsEntry(4, "KELURAHAN_UNKNOWN").containsEntry(5, "KELURAHAN_OUTSIDE_CITY")
                .containsEntry(6, "ADDED").containsEntry(7, "ROW_CELL_COUNT");
        assertThat(o.rowsIn()).isEqualTo(6);
    }

    @Test
    void aRowForAnotherKelurahanThanTheFilesIsFlagged() {
        UploadOutcome o = upload("incoming/33.75.02.1004/x.csv", HEADER
                + row(Niks.male(LocalDate.of(1985, 1, 1)), "Tetangga", "01/01/1985", "L", "Becak", "Klego"));
        assertThat(reportRows(o).get(0)[4]).isEqualTo("KELURAHAN_NOT_FILE");
    }

    @Test
    void semicolonsWithABomAndWindows1252AreRead() {
        String nik = Niks.of(3, LocalDate.of(1966, 7, 8), true);
        byte[] bom = "\uFEFFNIK;Nama;Tempat/Tgl Lahir;Jenis Kelamin;Pekerjaan;Desa\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = (nik + ";Siti Aminah;Pekalongan, 08-07-1966;Perempuan;Buruh batik;Panjang Wetan\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        assertThat(upload("incoming/Panjang Wetan/bom.csv", file).accepted()).isEqualTo(1);

        String cp = "NIK,Nama,Tgl Lahir,L/P,Pekerjaan,Kelurahan\n" + Niks.male(LocalDate.of(1970, 1, 2))
                + ",Suryadi Sëno,02/01/1970,L,Becak,Medono\n";
        UploadOutcome o = upload("incoming/Medono/cp1252.csv", cp.getBytes(Charset.forName("windows-1252")));
        assertThat(o.accepted()).isEqualTo(1);
        assertThat(reportRows(o).get(0)[2]).isEqualTo("Suryadi Sëno");
    }

    @Test
    void aFileWithoutASexColumnTakesEachRowsSexFromItsNikAndSaysSo() {
        String siti = Niks.of(3, LocalDate.of(1980, 3, 14), true);
        String budi = Niks.of(3, LocalDate.of(1979, 5, 2), false);
        UploadOutcome o = upload("incoming/Medono/tanpa-jk.csv", "NIK;Nama;Tanggal Lahir;Pekerjaan;Alamat\n"
                + siti + ";Siti Aminah;14/03/1980;Buruh batik;Jl. Merdeka 1\n"
                + budi + ";Budi Santoso;02/05/1979;Tukang becak;Jl. Merdeka 2\n");

        assertThat(o.status()).isEqualTo("COMPLETED");
        assertThat(o.accepted()).isEqualTo(2);
        assertThat(o.message()).contains("Kolom Jenis Kelamin tidak ada", "diambil dari NIK");
        assertThat(applicants.find(siti).orElseThrow().sex()).isEqualTo(Sex.FEMALE);
        assertThat(applicants.find(budi).orElseThrow().sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aFileWithTheSexColumnMustStillFillItIn() {
        String nik = Niks.of(3, LocalDate.of(1980, 3, 14), true);
        UploadOutcome o = upload("incoming/Medono/jk-kosong.csv", "NIK;Nama;Tanggal Lahir;Jenis Kelamin;Pekerjaan\n"
                + nik + ";Siti Aminah;14/03/1980;;Buruh batik\n");

        assertThat(o.accepted()).isZero();
        assertThat(reportRows(o).get(0)[4]).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(o.message()).doesNotContain("diambil dari NIK");
    }

    @Test
    void filesThatAreNotListsAreRejectedWhole() {
        assertThat(upload("incoming/Kauman/kosong.csv", new byte[0]).status()).isEqualTo("REJECTED");
        UploadOutcome headerOnly = upload("incoming/Kauman/header.csv", HEADER);
        assertThat(headerOnly.status()).isEqualTo("COMPLETED");
        assertThat(headerOnly.rowsIn()).isZero();
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        UploadOutcome binary = upload("incoming/Kauman/acak.csv", garbage);
        assertThat(binary.status()).isEqualTo("REJECTED");
        UploadOutcome pdf = upload("incoming/Kauman/surat.csv",
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.status()).isEqualTo("REJECTED");
        assertThat(pdf.countsByReason()).containsKey("FILE_PDF");
        UploadOutcome missing = upload("incoming/Kauman/kolom.csv", "Nama,Pekerjaan\nSlamet,Becak\n");
        assertThat(missing.status()).isEqualTo("REJECTED");
        assertThat(missing.message()).contains("NIK");
    }

    @Test
    void aTenMegabyteLineAndUnbalancedQuotesLoseNoOtherRow() {
        String good = Niks.male(LocalDate.of(1979, 9, 9));
        StringBuilder big = new StringBuilder(HEADER);
        big.append(Niks.male(LocalDate.of(1979, 9, 9))).append(",\"");
        big.append("x".repeat(10 * 1024 * 1024)).append("\",09/09/1979,L,Becak,Kauman\n");
        big.append(row(good, "Sesudahnya", "09/09/1979", "L", "Becak", "Kauman"));
        UploadOutcome o = upload("incoming/Kauman/panjang.csv", big.toString());
        assertThat(o.rowsIn()).isEqualTo(2);
        assertThat(o.countsByReason()).containsEntry("ROW_TOO_LONG", 1L);
        assertThat(applicants.find(good)).isPresent();

        String q = Niks.male(LocalDate.of(1981, 1, 1));
        UploadOutcome quotes = upload("incoming/Kauman/kutip.csv", HEADER
                + Niks.male(LocalDate.of(1981, 1, 1)) + ",\"Kutip Tak Tertutup,01/01/1981,L,Becak,Kauman\n"
                + row(q, "Baik", "01/01/1981", "L", "Becak", "Kauman"));
        assertThat(quotes.countsByReason()).containsKey("ROW_UNBALANCED_QUOTES");
        assertThat(applicants.find(q)).isPresent();
    }

    @Test
    void preflightReportsWithoutStoringAnything() {
        String nik = Niks.male(LocalDate.of(1977, 7, 7));
        UploadOutcome o = upload("preflight/Kauman/cek.csv", HEADER
                + row(nik, "Uji", "07/07/1977", "L", "Becak", "Kauman"));
        assertThat(o.status()).isEqualTo("PREFLIGHT");
        assertThat(o.accepted()).isEqualTo(1);
        assertThat(reportRows(o).get(0)[4]).isEqualTo("WOULD_BE_ADDED");
        assertThat(applicants.find(nik)).isEmpty();
        assertThat(FunctionsApp.bean(UploadStore.class).find(o.uploadId())).isEmpty();
    }

    @Test
    void anObjectDeletedBeforeItIsReadFailsClearlyAndWritesNothing() {
        var event = AwsEvents.s3ObjectCreatedMessage(aws.bucket(), "incoming/Kauman/hilang.csv", 10);
        assertThatThrownBy(() -> function.apply(event))
                .isInstanceOf(UploadGoneException.class).hasMessageContaining("nothing was stored");
        assertThat(aws.dynamo().scan(b -> b.tableName(aws.tables().get("UploadsTable"))).count()).isZero();
    }
}
