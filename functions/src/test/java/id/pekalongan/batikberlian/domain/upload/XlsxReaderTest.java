package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxReaderTest {

    @TempDir
    Path dir;

    private static final String SHARED = ""
            + "<si><t>No</t></si>"                                          // 0
            + "<si><t>NIK</t></si>"                                         // 1
            + "<si><t>Nama Lengkap</t></si>"                                // 2
            + "<si><t>Tgl. Lahir</t></si>"                                  // 3
            + "<si><t>L/P</t></si>"                                         // 4
            + "<si><t>Pekerjaan</t></si>"                                   // 5
            + "<si><t>Kelurahan</t></si>"                                   // 6
            + "<si><t>Catatan</t></si>"                                     // 7
            + "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Budi </t></r><r><t>Santoso</t></r>"
            + "<rPh sb=\"0\" eb=\"1\"><t>ぶ</t></rPh></si>"                  // 8 rich text + phonetic
            + "<si><t>Tukang becak</t></si>"                                // 9
            + "<si><t>Medono</t></si>"                                      // 10
            + "<si><t>3375014508800002</t></si>"                            // 11
            + "<si><t>Podosugih</t></si>";                                  // 12

    private static final String DATA = ""
            + "<row r=\"1\">"
            + "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
            + "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
            + "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c></row>"
            // Row 2: numeric NIK, rich shared string, built-in date style, inline string, no H cell at all.
            + "<row r=\"2\" spans=\"1:8\">"
            + "<c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"4\"><v>3375011708750000</v></c>"
            + "<c r=\"C2\" t=\"s\"><v>8</v></c><c r=\"D2\" s=\"1\"><v>27623</v></c>"
            + "<c r=\"E2\" t=\"inlineStr\"><is><t>L</t></is></c><c r=\"F2\" t=\"s\"><v>9</v></c>"
            + "<c r=\"G2\" t=\"s\"><v>10</v></c></row>"
            // Row 3: F3 skipped (empty), so G3 must still land in Kelurahan; custom date style; text NIK.
            + "<row r=\"3\">"
            + "<c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"s\" s=\"3\"><v>11</v></c>"
            + "<c r=\"C3\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Siti  </t></r><r><t>Aminah </t></r></is></c>"
            + "<c r=\"D3\" s=\"2\"><v>29221.5</v></c><c r=\"E3\" t=\"inlineStr\"><is><t>P</t></is></c>"
            + "<c r=\"G3\" t=\"s\"><v>12</v></c><c r=\"H3\" t=\"b\"><v>1</v></c></row>"
            // Row 4 exists but is empty (formatting only); row 5 is absent.
            + "<row r=\"4\"><c r=\"A4\" s=\"3\"/></row>"
            // Row 6: cells without references, a formula with a cached string, a NIK in scientific notation text.
            + "<row r=\"6\"><c><v>3</v></c><c t=\"str\"><f>TEXT(1,\"0\")</f><v>3.37501E+15</v></c>"
            + "<c t=\"inlineStr\"><is><t>Darmo</t></is></c><c t=\"inlineStr\"><is><t>17/08/1975</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>L</t></is></c><c t=\"s\"><v>9</v></c><c t=\"s\"><v>10</v></c>"
            + "<c t=\"e\"><v>#N/A</v></c></row>";

    private Path workbook(XlsxFixture fixture) {
        return Uploads.write(dir, "data.xlsx", fixture.bytes());
    }

    /** Two sheets where the first in tab order is stored as sheet2.xml: the reader must follow the workbook. */
    private XlsxFixture twoSheets() {
        return XlsxFixture.singleSheet("", SHARED, false)
                .part("xl/workbook.xml", XlsxFixture.workbook(false,
                        "<sheet name=\"Data\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"Lain\" sheetId=\"1\" r:id=\"rId1\"/>"))
                .part("xl/_rels/workbook.xml.rels", XlsxFixture.rels(
                        "<Relationship Id=\"rId1\" Type=\"" + XlsxFixture.REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                + "<Relationship Id=\"rId2\" Type=\"" + XlsxFixture.REL_NS + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                                + "<Relationship Id=\"rId3\" Type=\"" + XlsxFixture.REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                + "<Relationship Id=\"rId4\" Type=\"" + XlsxFixture.REL_NS + "/styles\" Target=\"styles.xml\"/>"))
                .part("xl/worksheets/sheet1.xml", XlsxFixture.sheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>Bukan ini</t></is></c></row>"))
                .part("xl/worksheets/sheet2.xml", XlsxFixture.sheet(DATA));
    }

    @Test
    void readsTheFirstSheetWithSharedInlineDateAndNumericCells() {
        Uploads.Read read = Uploads.readAll(workbook(twoSheets()));

        assertThat(read.readable().format()).isEqualTo(SourceFormat.xlsx());
        assertThat(read.readable().header().unknownColumns()).containsExactly("Catatan");
        assertThat(read.rows()).extracting(RawRow::rowNumber).containsExactly(2, 3, 6);

        RawRow budi = read.rows().get(0);
        assertThat(budi.values()).isEqualTo(Map.of(
                Field.NIK, "3375011708750000", Field.NAME, "Budi Santoso", Field.BIRTH_DATE, "1975-08-17",
                Field.SEX, "L", Field.OCCUPATION, "Tukang becak", Field.KELURAHAN, "Medono"));
        assertThat(budi.isNumeric(Field.NIK)).isTrue();
        assertThat(budi.unknownColumns()).isEmpty();
        assertThat(budi.problems()).isEmpty();

        RawRow siti = read.rows().get(1);
        assertThat(siti.values()).isEqualTo(Map.of(
                Field.NIK, "3375014508800002", Field.NAME, "Siti Aminah", Field.BIRTH_DATE, "1980-01-01",
                Field.SEX, "P", Field.KELURAHAN, "Podosugih"));
        assertThat(siti.isNumeric(Field.NIK)).isFalse();
        assertThat(siti.unknownColumns()).containsExactly(Map.entry("Catatan", "TRUE"));

        RawRow darmo = read.rows().get(2);
        assertThat(darmo.value(Field.NIK)).contains("3.37501E+15");
        assertThat(darmo.isNumeric(Field.NIK)).isFalse();
        assertThat(darmo.value(Field.BIRTH_DATE)).contains("17/08/1975");
        assertThat(darmo.unknownColumns()).containsExactly(Map.entry("Catatan", "#N/A"));
    }

    @Test
    void aBeyondHeaderCellBecomesALetteredUnknownColumn() {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>3</v></c><c r=\"D1\" t=\"s\"><v>4</v></c><c r=\"E1\" t=\"s\"><v>5</v></c>"
                + "<c r=\"F1\" t=\"s\"><v>6</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>11</v></c><c r=\"J2\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        Uploads.Read read = Uploads.readAll(workbook(XlsxFixture.singleSheet(data, SHARED, false)));
        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.unknownColumns()).containsExactly(Map.entry("Kolom J", "x"));
            assertThat(row.problems()).isEmpty();
        });
    }

    @ParameterizedTest(name = "serial {0}, 1904 system {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            27623 | false | 1975-08-17
            26161 | true  | 1975-08-17
            27623 | true  | 1979-08-18
            """)
    void usesTheWorkbooksDateSystem(String serial, boolean date1904, String expected) {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>3</v></c><c r=\"D1\" t=\"s\"><v>4</v></c><c r=\"E1\" t=\"s\"><v>5</v></c>"
                + "<c r=\"F1\" t=\"s\"><v>6</v></c></row>"
                + "<row r=\"2\"><c r=\"C2\" s=\"1\"><v>" + serial + "</v></c></row>";
        Uploads.Read read = Uploads.readAll(workbook(XlsxFixture.singleSheet(data, SHARED, date1904)));
        assertThat(read.rows()).singleElement()
                .satisfies(row -> assertThat(row.value(Field.BIRTH_DATE)).contains(expected));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRejected() {
        byte[] zip = new XlsxFixture().part("dokumen.txt", "halo").bytes();
        assertThat(Uploads.rejected(Uploads.write(dir, "data.csv", zip)).code()).isEqualTo(ReasonCode.XLSX_INVALID);
    }

    @Test
    void aTruncatedZipIsRejected() {
        byte[] whole = twoSheets().bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThat(Uploads.rejected(Uploads.write(dir, "data.xlsx", cut)).code()).isEqualTo(ReasonCode.XLSX_INVALID);
    }

    @Test
    void aSheetBrokenAfterManyGoodRowsIsRejectedWholeBeforeAnyRowIsHandedOut() {
        String broken = DATA + "<row r=\"7\"><c r=\"A7\"><v>4</v></c>";   // never closed
        XlsxFixture fixture = twoSheets().part("xl/worksheets/sheet2.xml",
                XlsxFixture.sheet(broken).replace("</sheetData></worksheet>", ""));
        assertThat(Uploads.rejected(workbook(fixture)).code()).isEqualTo(ReasonCode.XLSX_INVALID);
    }

    @Test
    void aSharedStringIndexOutOfRangeIsRejected() {
        XlsxFixture fixture = twoSheets().part("xl/worksheets/sheet2.xml",
                XlsxFixture.sheet(DATA + "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>99</v></c></row>"));
        assertThat(Uploads.rejected(workbook(fixture)).code()).isEqualTo(ReasonCode.XLSX_INVALID);
    }

    @Test
    void anEmptyFirstSheetIsAnEmptyFile() {
        XlsxFixture fixture = XlsxFixture.singleSheet("<row r=\"1\"/>", SHARED, false);
        assertThat(Uploads.rejected(workbook(fixture)).code()).isEqualTo(ReasonCode.FILE_EMPTY);
    }

    @Test
    void aWorkbookMissingRequiredColumnsNamesThem() {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>2</v></c></row>";
        ReadOutcome.Rejected rejected = Uploads.rejected(workbook(XlsxFixture.singleSheet(data, SHARED, false)));
        assertThat(rejected.code()).isEqualTo(ReasonCode.HEADER_MISSING_COLUMN);
        assertThat(rejected.message()).contains("Pekerjaan", "Kolom yang ada: NIK, Nama Lengkap")
                .doesNotContain("Jenis Kelamin"); // the NIK states the sex: that column may be left out
    }

    @Test
    void columnLettersRoundTrip() {
        for (String ref : List.of("A1", "Z9", "AA10", "XFD1")) {
            int column = XlsxSheetReader.column(ref);
            assertThat(HeaderText.columnLetters(column)).isEqualTo(ref.replaceAll("\\d", ""));
        }
    }
}
