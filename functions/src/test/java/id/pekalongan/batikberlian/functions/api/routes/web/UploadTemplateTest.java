package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.ingest.RowChecker;
import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.upload.Field;
import id.pekalongan.batikberlian.domain.upload.RawRow;
import id.pekalongan.batikberlian.domain.upload.ReadOptions;
import id.pekalongan.batikberlian.domain.upload.ReadOutcome;
import id.pekalongan.batikberlian.domain.upload.UploadReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The template a clerk downloads is read back by the upload reader itself, column for column. */
class UploadTemplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void theUploadReaderKnowsEveryColumnAndRefusesTheExampleRow(String format) throws IOException {
        byte[] file = format.equals("csv") ? UploadTemplate.csv() : UploadTemplate.xlsx();
        try (ReadOutcome outcome = UploadReader.open(new ByteArrayInputStream(file), "templat." + format,
                ReadOptions.defaults())) {
            assertThat(outcome).isInstanceOf(ReadOutcome.Readable.class);
            ReadOutcome.Readable readable = (ReadOutcome.Readable) outcome;
            assertThat(readable.header().fields()).containsAll(UploadTemplate.COLUMNS);
            assertThat(readable.header().unknownColumns()).isEmpty();
            List<RawRow> rows = readable.rows().toList();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).text(Field.NIK)).isEqualTo("3375015708800000");
            assertThat(rows.get(0).text(Field.RT)).isEqualTo("001");
            RowVerdict verdict = new RowChecker(KelurahanDirectory.loadDefault(), OccupationList.loadDefault(),
                    LocalDate.of(2027, 1, 4), null).check(rows.get(0));
            assertThat(verdict).isInstanceOfSatisfying(RowVerdict.Rejected.class,
                    r -> assertThat(r.code()).isEqualTo("NIK_SERIAL"));
        }
    }

    @Test
    void theCsvOpensInIndonesianExcel() {
        byte[] csv = UploadTemplate.csv();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")[0].split(";")).hasSize(UploadTemplate.COLUMNS.size())
                .startsWith("NIK", "Nama", "Tanggal Lahir", "Jenis Kelamin");
    }

    @Test
    void theWorkbookKeepsNikAndRtAsTextAndExplainsEachColumn() throws IOException {
        String sheet = part(UploadTemplate.xlsx(), "xl/worksheets/sheet1.xml");
        String notes = part(UploadTemplate.xlsx(), "xl/worksheets/sheet2.xml");
        assertThat(sheet).contains("<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">3375015708800000")
                .doesNotContain("<v>3375015708800000</v>");
        assertThat(notes).contains("Jenis Kelamin", "diambil dari NIK", "Format kolom sebagai Teks");
        assertThat(UploadTemplate.xlsx()).isEqualTo(UploadTemplate.xlsx());
    }

    @Test
    void anyoneCanDownloadBothThroughTheApi() {
        HttpEvents.Answer xlsx = HttpEvents.get(HttpEvents.As.PUBLIC, "GET /uploads/template.xlsx",
                "/uploads/template.xlsx", Map.of());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.headers().get("content-disposition")).contains("templat-daftar-batik-berlian.xlsx");
        assertThat(Base64.getDecoder().decode(xlsx.body())).isEqualTo(UploadTemplate.xlsx());

        HttpEvents.Answer csv = HttpEvents.get(HttpEvents.As.PUBLIC, "GET /uploads/template.csv",
                "/uploads/template.csv", Map.of());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.body()).contains("NIK;Nama;Tanggal Lahir");
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
