package id.pekalongan.batikberlian.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.testing.BaitServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks built to attack the parser, read on the JDK's StAX parser as Lambda reads them: each is refused with a
 * file-level reason code, nothing is fetched, nothing expands, and no part is held beyond the limits.
 */
class XlsxHostileTest {

    private static final String SHARED = "<si><t>NIK</t></si><si><t>Nama</t></si><si><t>Tgl Lahir</t></si>"
            + "<si><t>L/P</t></si><si><t>Pekerjaan</t></si><si><t>Kelurahan</t></si>";
    private static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c>"
            + "<c r=\"F1\" t=\"s\"><v>5</v></c></row>";
    private static final String ROW = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>3375021708750001</t></is></c>"
            + "<c r=\"B2\" t=\"inlineStr\"><is><t>Slamet</t></is></c><c r=\"C2\" s=\"1\"><v>27623</v></c>"
            + "<c r=\"D2\" t=\"inlineStr\"><is><t>L</t></is></c>"
            + "<c r=\"E2\" t=\"inlineStr\"><is><t>Tukang becak</t></is></c>"
            + "<c r=\"F2\" t=\"inlineStr\"><is><t>Kauman</t></is></c></row>";
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";

    /** Where an entity or DTD would be fetched from; any request reaching it is a failure. */
    private static BaitServer bait;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBait() {
        bait = BaitServer.start();
    }

    @AfterAll
    static void stopBait() {
        bait.close();
    }

    private static String url(String path) {
        return bait.url(path);
    }

    static XlsxFixture workbook() {
        return XlsxFixture.singleSheet(HEADER + ROW, SHARED, false);
    }

    static Stream<Arguments> doctypes() {
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + nested() + "]>";
        List<Arguments> cases = new ArrayList<>();
        for (String part : List.of(SHEET, STRINGS, "xl/workbook.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels",
                "_rels/.rels")) {
            cases.add(Arguments.of(part, "external entity", "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url("e") + "\">]>",
                    "&e;"));
            cases.add(Arguments.of(part, "external DTD", "<!DOCTYPE x SYSTEM \"" + url("x.dtd") + "\">", ""));
            cases.add(Arguments.of(part, "parameter entity", "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + url("p")
                    + "\"> %p;]>", "&leaked;"));
            cases.add(Arguments.of(part, "billion laughs", laughs, "&lol9;"));
            cases.add(Arguments.of(part, "bare DOCTYPE", "<!DOCTYPE x>", ""));
        }
        return cases.stream();
    }

    /** lol1 is ten lol, lol2 ten lol1, ... lol9 a billion. */
    private static String nested() {
        StringBuilder s = new StringBuilder();
        for (int level = 1; level <= 9; level++) {
            s.append("<!ENTITY lol").append(level).append(" \"");
            String inner = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            s.append(inner.repeat(10)).append("\">");
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("doctypes")
    @Timeout(20)
    void aDoctypeInAnyPartIsRefusedAndNothingIsFetched(String part, String attack, String doctype,
                                                       String reference) {
        bait.clear();
        XlsxFixture fixture = workbook().withDoctype(part, doctype, reference);

        ReadOutcome.Rejected rejected = Uploads.rejected(Uploads.write(dir, "serangan.xlsx", fixture.bytes()));

        assertThat(rejected.code()).isEqualTo(ReasonCode.XLSX_INVALID);
        assertThat(rejected.message()).contains("DOCTYPE", part);
        assertThat(bait.requests()).as("nothing fetched from the bait server").isEmpty();
    }

    @Test
    void theSameWorkbookWithoutTheAttackIsRead() {
        Uploads.Read read = Uploads.readAll(Uploads.write(dir, "biasa.xlsx", workbook().bytes()));
        assertThat(read.rows()).singleElement().satisfies(row -> {
            assertThat(row.value(Field.NIK)).contains("3375021708750001");
            assertThat(row.value(Field.BIRTH_DATE)).contains("1975-08-17");
        });
    }

    @Test
    void aSheetThatInflatesPastThePartLimitIsTooLargeWhateverItsEntryDeclares() {
        byte[] bomb = workbook().repeatedPart(SHEET, sheetStart() + HEADER, " ", Limits.MAX_XLSX_PART_BYTES + 1,
                ROW + "</sheetData></worksheet>").bytes();
        assertThat(bomb.length).as("a few hundred kilobytes on the wire").isLessThan(1024 * 1024);
        // A forged entry claims a few kilobytes: the limit counts the bytes that come out, not what the zip says.
        XlsxFixture.declareUncompressedSize(bomb, SHEET, 4096);
        assertThat(Uploads.rejected(Uploads.write(dir, "bom.xlsx", bomb)).code()).isEqualTo(ReasonCode.XLSX_TOO_LARGE);
    }

    @Test
    void millionsOfEmptySharedStringsAreTooLarge() {
        long entries = Limits.MAX_SHARED_STRING_CHARS / Limits.SHARED_STRING_ENTRY_CHARS + 1;
        byte[] bomb = workbook().repeatedPart(STRINGS, sstStart() + SHARED, "<si/>", entries, "</sst>").bytes();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(Uploads.rejected(Uploads.write(dir, "bom.xlsx", bomb)).code()).isEqualTo(ReasonCode.XLSX_TOO_LARGE);
    }

    @Test
    void oneSharedStringLargerThanTheWholeTableMayBeIsTooLargeBeforeItIsHeld() {
        long chars = Limits.MAX_SHARED_STRING_CHARS + 1024;
        byte[] zip = workbook().repeatedPart(STRINGS, sstStart() + SHARED + "<si><t>", "a", chars, "</t></si></sst>")
                .bytes();
        assertThat(Uploads.rejected(Uploads.write(dir, "bom.xlsx", zip)).code()).isEqualTo(ReasonCode.XLSX_TOO_LARGE);
    }

    @Test
    void elementsNestedBeyondAnyWorkbookAreRefused() {
        XlsxFixture fixture = workbook().part(SHEET, XlsxFixture.sheet(HEADER + ROW
                + "<x>".repeat(Xml.MAX_ELEMENT_DEPTH) + "</x>".repeat(Xml.MAX_ELEMENT_DEPTH)));
        assertThat(Uploads.rejected(Uploads.write(dir, "dalam.xlsx", fixture.bytes())).code())
                .isEqualTo(ReasonCode.XLSX_INVALID);
    }

    @Test
    void aRowOfManyLongCellsIsRefusedAloneAndTheNextRowIsRead() {
        String longCell = "<c t=\"inlineStr\"><is><t>" + "x".repeat(4_000) + "</t></is></c>";
        String wide = "<row r=\"3\">" + longCell.repeat(200) + "</row>";
        String after = ROW.replace("r=\"2\"", "r=\"4\"").replace("A2", "A4").replace("B2", "B4").replace("C2", "C4")
                .replace("D2", "D4").replace("E2", "E4").replace("F2", "F4").replace("3375021708750001", "3375024508800002");
        Uploads.Read read = Uploads.readAll(Uploads.write(dir, "lebar.xlsx",
                workbook().part(SHEET, XlsxFixture.sheet(HEADER + ROW + wide + after)).bytes()));
        assertThat(read.rows()).extracting(RawRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(Uploads.codes(read.rows().get(1))).containsExactly(ReasonCode.ROW_TOO_LONG);
        assertThat(read.rows().get(2).value(Field.NIK)).contains("3375024508800002");
    }

    private static String sheetStart() {
        String sheet = XlsxFixture.sheet("");
        return sheet.substring(0, sheet.indexOf("</sheetData>"));
    }

    private static String sstStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + XlsxFixture.MAIN_NS + "\">";
    }

}
