package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workbook whose part ends early inside its compressed data (a broken download, a cut-off copy) is refused as a
 * damaged Excel file. Found by fuzzing: the XML parser reported the early end as an unchecked exception that
 * escaped the reader instead of a Rejected outcome.
 */
class XlsxTruncatedPartTest {

    @ParameterizedTest
    @CsvSource({"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml"})
    void aPartCutOffInsideItsCompressedDataIsRefusedAsDamaged(String part) throws Exception {
        StringBuilder shared = new StringBuilder();
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c t=\"inlineStr\"><is><t>NIK</t></is></c></row>");
        for (int i = 0; i < 400; i++) {
            shared.append("<si><t>teks nomor ").append(i * 7919).append("</t></si>");
            rows.append("<row r=\"").append(i + 2).append("\"><c t=\"s\"><v>").append(i).append("</v></c></row>");
        }
        byte[] zip = XlsxFixture.singleSheet(rows.toString(), shared.toString(), false).bytes();
        halveCompressedSize(zip, part);

        try (ReadOutcome outcome = UploadReader.open(new ByteArrayInputStream(zip), "data.xlsx",
                ReadOptions.defaults())) {
            assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
            assertThat(((ReadOutcome.Rejected) outcome).code()).isIn(ReasonCode.XLSX_INVALID,
                    ReasonCode.FILE_READ_ERROR);
        }
    }

    /** Makes the central directory promise only half of the part's compressed bytes, as a cut-off copy would. */
    private static void halveCompressedSize(byte[] zip, String part) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == name.length
                    && new String(zip, i + 46, name.length, StandardCharsets.UTF_8).equals(part)) {
                b.putInt(i + 20, b.getInt(i + 20) / 2);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry for " + part);
    }
}
