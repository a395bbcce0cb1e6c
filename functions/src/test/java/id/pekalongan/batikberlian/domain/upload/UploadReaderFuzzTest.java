package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.pekalongan.batikberlian.testing.FuzzBytes;
import id.pekalongan.batikberlian.testing.FuzzDriver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Any uploaded bytes must end as a Rejected file with a reason code, or as a Readable file whose every row can be
 * read to the end, each with a row number and coded problems; never an exception. The first byte of an input picks
 * the shape: even, the rest is the file as uploaded (CSV, PDF, a zip, anything); odd, the rest is the sheet data,
 * shared strings and styles of an otherwise well-formed XLSX, so the XML readers are reached behind a valid zip.
 */
class UploadReaderFuzzTest {

    private static final String S = String.valueOf((char) FuzzBytes.SEPARATOR);

    @FuzzTest(maxDuration = "120s")
    void read(byte[] data) {
        check(data);
    }

    @Test
    void tenThousandMutatedUploads() {
        String sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>Tgl Lahir</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>L/P</t>"
                + "</is></c><c r=\"E1\" t=\"inlineStr\"><is><t>Pekerjaan</t></is></c><c r=\"F1\" t=\"inlineStr\"><is>"
                + "<t>Kelurahan</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" "
                + "t=\"inlineStr\"><is><r><t>Budi </t></r><r><t>Santoso</t></r></is></c><c r=\"C2\" s=\"1\"><v>27623"
                + "</v></c><c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"str\"><f>A1</f><v>Tukang becak</v></c>"
                + "<c r=\"F2\" t=\"e\"><v>#N/A</v></c></row><row r=\"4\"><c s=\"4\"><v>3.37501E+15</v></c></row>";
        String shared = "<si><t>NIK</t></si><si><t>Nama</t></si><si><t>3375010101900001</t></si>";
        int runs = FuzzDriver.named("UploadReader.open + rows")
                .seed("\u0000NIK;Nama;Tgl Lahir;L/P;Pekerjaan;Kelurahan\n3375010101900001;Ahmad;01/01/1990;L;"
                        + "Tukang becak;Medono\n\n3375014202910002;\"Siti; \"\"A\"\"\";02/02/1991;P;Lebe;Medono;x\n")
                .seed("\u0000\uFEFFNIK,Nama,Tempat/Tgl Lahir,JK,Profesi\r\n'3375 0101 0190 0001,Eko,\"Pekalongan, "
                        + "01-01-1990\",L,Buruh\r\n")
                .seed(with((byte) 0, "NIK\tNama\tTgl Lahir\tL/P\tPekerjaan\tKelurahan\n1\t2\t3\t4\t5\t6\n"
                        .getBytes(StandardCharsets.UTF_16LE), new byte[] {(byte) 0xff, (byte) 0xfe}))
                .seed("\u0000%PDF-1.4 NIK;Nama").seed("\u0000<html><table><tr><td>NIK</td></tr></table>")
                .seed(with((byte) 0, XlsxFixture.singleSheet(sheet, shared, false).bytes(), new byte[0]))
                .seed("\u0001" + sheet + S + shared + S + XlsxFixture.STYLES)
                .seed("\u0003" + sheet + S + shared)
                .token(";", ",", "\t", "\"", "\r\n", "\n", "NIK", "Nama", "<row r=\"9\">", "</row>", "<c t=\"s\">",
                        "<v>99</v>", "<v>-1</v>", "<v>1E+308</v>", "t=\"inlineStr\"", "&amp;", "&#0;", "<![CDATA[",
                        "r=\"XFD1048577\"", "r=\"A0\"", "s=\"99\"", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;")
                .run(8_004, 10_000, UploadReaderFuzzTest::check);
        assertThat(runs).isEqualTo(10_000);
    }

    private static byte[] with(byte mode, byte[] body, byte[] prefix) {
        byte[] out = new byte[1 + prefix.length + body.length];
        out[0] = mode;
        System.arraycopy(prefix, 0, out, 1, prefix.length);
        System.arraycopy(body, 0, out, 1 + prefix.length, body.length);
        return out;
    }

    private static void check(byte[] data) {
        FuzzBytes in = new FuzzBytes(data);
        int mode = in.nextByte();
        ReadOptions options = new ReadOptions((mode & 2) != 0);
        byte[] file;
        if ((mode & 1) == 0) {
            file = in.remainingBytes();
        } else {
            String sheetData = in.nextString();
            String shared = in.nextString();
            String styles = in.exhausted() ? XlsxFixture.STYLES : in.remainingString();
            file = XlsxFixture.singleSheet(sheetData, shared, (mode & 4) != 0).part("xl/styles.xml", styles).bytes();
        }
        try (ReadOutcome outcome = UploadReader.open(new ByteArrayInputStream(file), "fuzz.csv", options)) {
            if (outcome instanceof ReadOutcome.Rejected rejected) {
                assertThat(rejected.code()).isNotNull();
                assertThat(rejected.message()).isNotBlank();
                return;
            }
            ReadOutcome.Readable readable = (ReadOutcome.Readable) outcome;
            assertThat(readable.header().acceptable()).isTrue();
            AtomicInteger last = new AtomicInteger();
            readable.rows().forEach(row -> {
                assertThat(row.rowNumber()).isGreaterThan(last.get());
                last.set(row.rowNumber());
                row.problems().forEach(p -> assertThat(p.code()).isNotNull());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("spooling an in-memory upload cannot fail", e);
        }
    }
}
