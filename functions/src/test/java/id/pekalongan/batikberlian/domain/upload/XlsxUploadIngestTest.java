package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.functions.ingest.UploadIngestor;
import id.pekalongan.batikberlian.functions.ingest.UploadOutcome;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** A clerk's Excel workbook through IngestUpload: date-styled serials read as dates, numeric NIKs refused. */
class XlsxUploadIngestTest {

    private static final String SHARED = "<si><t>NIK</t></si><si><t>Nama Lengkap</t></si><si><t>Tgl. Lahir</t></si>"
            + "<si><t>L/P</t></si><si><t>Pekerjaan</t></si><si><t>Tukang becak</t></si>"
            + "<si><t>3375011708750123</t></si>";

    private static final String DATA = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c></row>"
            // A NIK typed as a number: Excel kept 15 digits, the 16th is gone.
            + "<row r=\"2\"><c r=\"A2\" s=\"4\"><v>3375011708750000</v></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><is><t>Angka</t></is></c><c r=\"C2\" s=\"1\"><v>27623</v></c>"
            + "<c r=\"D2\" t=\"inlineStr\"><is><t>L</t></is></c><c r=\"E2\" t=\"s\"><v>5</v></c></row>"
            // A NIK as text, and the birth date as a date-formatted serial (27623 = 17 August 1975).
            + "<row r=\"3\"><c r=\"A3\" t=\"s\" s=\"3\"><v>6</v></c>"
            + "<c r=\"B3\" t=\"inlineStr\"><is><t>Slamet Riyadi</t></is></c><c r=\"C3\" s=\"1\"><v>27623</v></c>"
            + "<c r=\"D3\" t=\"inlineStr\"><is><t>L</t></is></c><c r=\"E3\" t=\"s\"><v>5</v></c></row>";

    @Test
    void anExcelWorkbookIsIngestedRowByRow() {
        LocalAws aws = LocalAws.get();
        aws.resetTables();
        byte[] xlsx = XlsxFixture.singleSheet(DATA, SHARED, false).bytes();
        String key = "incoming/Medono/daftar kelurahan medono.xlsx";
        aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromBytes(xlsx));

        UploadOutcome o = FunctionsApp.bean(UploadIngestor.class).ingest(aws.bucket(), key, () -> Long.MAX_VALUE);

        assertThat(o.rowsIn()).isEqualTo(2);
        assertThat(o.countsByReason()).containsEntry("NIK_DAMAGED", 1L).containsEntry("ADDED", 1L);
        var stored = FunctionsApp.bean(ApplicantStore.class).find("3375011708750123").orElseThrow();
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1975, 8, 17));
        assertThat(stored.kelurahanCode()).isEqualTo("33.75.01.1002");
        assertThat(stored.rowNumber()).isEqualTo(3);
    }
}
