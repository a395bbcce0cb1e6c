package id.pekalongan.batikberlian.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import id.pekalongan.batikberlian.domain.upload.Limits;
import id.pekalongan.batikberlian.domain.upload.XlsxFixture;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.testing.AwsEvents;
import id.pekalongan.batikberlian.testing.BaitServer;
import id.pekalongan.batikberlian.testing.LocalAws;
import id.pekalongan.batikberlian.testing.Niks;
import id.pekalongan.batikberlian.testing.PackagedFunction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Excel workbooks through the built Lambda package in a fresh JVM, as Lambda runs them: on the JDK's own XML parser,
 * the only one in the package (the tests' classpath has Woodstox too, the package does not). A clerk's workbook is
 * read row by row; a workbook built to attack the parser is refused whole with its reason code and leaves no
 * applicant behind; a sheet of 100,000 rows hands itself on to a fresh invocation and finishes there.
 */
class XlsxUploadFirstInvocationIT {

    private static final ObjectMapper JSON = Json.MAPPER;
    private static final String FUNCTION = "IngestUpload";
    /** IngestUpload's Timeout in template.yaml. */
    private static final int TEMPLATE_TIMEOUT_SECONDS = 900;
    /** Below the minute the ingest keeps in reserve: time is low at the first checkpoint. */
    private static final int SHORT_TIMEOUT_SECONDS = 59;
    private static final String KAUMAN = "33.75.02.1004";
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final LocalAws AWS = LocalAws.get();
    /** Lambda's Invoke API as the self-invocation reaches it: each request's path, invocation type and body; 202. */
    private static HttpServer lambdaApi;
    private static final List<String[]> INVOKES = new CopyOnWriteArrayList<>();
    /** Where a hostile entity or DTD points; any request reaching it means the parser fetched it. */
    private static BaitServer bait;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServers() throws IOException {
        lambdaApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        lambdaApi.createContext("/", exchange -> {
            INVOKES.add(new String[] {exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        lambdaApi.start();
        bait = BaitServer.start();
    }

    @AfterAll
    static void stopServers() {
        lambdaApi.stop(0);
        bait.close();
    }

    @Test
    void aClerksWorkbookIsReadRowByRowWithEveryRefusalGivenItsReason() throws Exception {
        Workbook book = new Workbook();
        LocalDate slametBorn = LocalDate.of(1975, 8, 17);
        String slamet = Niks.of(2, slametBorn, false);
        LocalDate sitiBorn = LocalDate.of(1982, 3, 4);
        String siti = Niks.of(2, sitiBorn, true);
        LocalDate budiBorn = LocalDate.of(1990, 12, 1);
        String budi = Niks.of(2, budiBorn, false);
        book.row(2, book.text(slamet), book.text("Slamet Riyadi"), book.date(slametBorn), book.text("L"),
                book.text("Tukang becak"), book.text("Kauman"));
        book.row(3, book.text(siti), book.text("Siti Aminah"), book.date(sitiBorn), book.text("P"),
                book.text("Tukang becak"), "");
        // Typed as a number, Excel kept 15 digits: the NIK's last digit is gone.
        book.row(4, book.number("3375021708750000"), book.text("Angka"), book.date(slametBorn), book.text("L"),
                book.text("Tukang becak"), "");
        book.row(5, book.text(slamet), book.text("Slamet Lagi"), book.date(slametBorn), book.text("L"),
                book.text("Tukang becak"), "");
        book.row(6, book.text(Niks.of(2, slametBorn, false)), book.text("Salah Kelamin"), book.date(slametBorn),
                book.text("X"), book.text("Tukang becak"), "");
        book.row(7, book.text(Niks.of(2, slametBorn, false)), book.text("Warga Medono"), book.date(slametBorn),
                book.text("L"), book.text("Tukang becak"), book.text("Medono"));
        book.row(8, book.text(Niks.of(2, slametBorn, false)), book.text("Tanggal Salah"), book.text("31/02/1980"),
                book.text("L"), book.text("Tukang becak"), "");
        // Row 9 is left empty, as clerks leave gaps; row 10 is typed straight into the cell (an inline string).
        book.row(10, book.inline(budi), book.inline("Budi Santoso"), book.date(budiBorn), book.inline("L"),
                book.inline("Tukang becak"), "");
        String key = "incoming/Kauman/daftar pekerja kauman (revisi 2).xlsx";
        byte[] xlsx = book.bytes();
        put(key, xlsx);

        JsonNode upload = ingest(key, xlsx.length, TEMPLATE_TIMEOUT_SECONDS);

        assertThat(upload.path("status").asText()).as(upload.toString()).isEqualTo("COMPLETED");
        assertThat(upload.path("rowsIn").asLong()).isEqualTo(8)
                .isEqualTo(upload.path("accepted").asLong() + upload.path("rejected").asLong());
        assertThat(upload.path("accepted").asLong()).isEqualTo(3);
        assertThat(counts(upload)).containsEntry("ADDED", 3L).containsEntry("NIK_DAMAGED", 1L)
                .containsEntry("NIK_DUPLICATE_IN_FILE", 1L).containsEntry("SEX_INVALID", 1L)
                .containsEntry("KELURAHAN_NOT_FILE", 1L).containsEntry("DATE_INVALID", 1L);
        String uploadId = upload.path("uploadId").asText();
        assertThat(storedBy(uploadId)).isEqualTo(3);
        Map<String, AttributeValue> stored = applicant(slamet);
        assertThat(stored.get("birthDate").s()).as("a date-styled serial is a date").isEqualTo("1975-08-17");
        assertThat(stored.get("kelurahanCode").s()).isEqualTo(KAUMAN);
        assertThat(stored.get("rowNumber").n()).isEqualTo("2");
        assertThat(applicant(budi).get("name").s()).isEqualTo("Budi Santoso");
        String report = object("reports/" + uploadId + ".csv");
        assertThat(report.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .containsExactly("2", "3", "4", "5", "6", "7", "8", "10");
        assertThat(report).contains("NIK_DAMAGED", "NIK_DUPLICATE_IN_FILE", "SEX_INVALID", "KELURAHAN_NOT_FILE",
                "DATE_INVALID").doesNotContain(slamet);
    }

    static Stream<Arguments> hostileWorkbooks() {
        return Stream.of(
                Arguments.of("external entity in sharedStrings", (Supplier<byte[]>) () -> doctype(
                        "xl/sharedStrings.xml", "<!DOCTYPE sst [<!ENTITY e SYSTEM \"" + baitUrl("e") + "\">]>",
                        "<si><t>&e;</t></si>"), "XLSX_INVALID"),
                Arguments.of("external DTD and parameter entity in the sheet", (Supplier<byte[]>) () -> doctype(
                        "xl/worksheets/sheet1.xml", "<!DOCTYPE worksheet SYSTEM \"" + baitUrl("x.dtd") + "\" ["
                                + "<!ENTITY % p SYSTEM \"" + baitUrl("p") + "\"> %p;]>", "&leaked;"), "XLSX_INVALID"),
                Arguments.of("billion laughs in the sheet", (Supplier<byte[]>) () -> doctype(
                        "xl/worksheets/sheet1.xml", laughs(), "&lol9;"), "XLSX_INVALID"),
                Arguments.of("zip bomb: a sheet that inflates past the part limit, its size understated",
                        (Supplier<byte[]>) XlsxUploadFirstInvocationIT::sheetBomb, "XLSX_TOO_LARGE"),
                Arguments.of("zip bomb: millions of empty shared strings", (Supplier<byte[]>) () ->
                        new Workbook().withRow().fixture().repeatedPart("xl/sharedStrings.xml", sstStart(), "<si/>",
                                Limits.MAX_SHARED_STRING_CHARS / Limits.SHARED_STRING_ENTRY_CHARS + 1, "</sst>")
                                .bytes(), "XLSX_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileWorkbooks")
    void aHostileWorkbookIsRefusedWholeAndNothingIsStored(String attack, Supplier<byte[]> workbook, String code)
            throws Exception {
        bait.clear();
        byte[] xlsx = workbook.get();
        String key = "incoming/Kauman/data pekerja " + Math.abs(attack.hashCode()) + ".xlsx";
        put(key, xlsx);

        JsonNode upload = ingest(key, xlsx.length, TEMPLATE_TIMEOUT_SECONDS);

        assertThat(upload.path("status").asText()).as(upload.toString()).isEqualTo("REJECTED");
        assertThat(upload.path("message").asText()).startsWith(code + ": ");
        assertThat(counts(upload)).containsOnlyKeys(code);
        assertThat(upload.path("rowsIn").asLong()).isZero();
        String uploadId = upload.path("uploadId").asText();
        assertThat(storedBy(uploadId)).as("no applicant half-stored").isZero();
        JsonNode summary = JSON.readTree(object("reports/" + uploadId + ".json"));
        assertThat(summary.path("status").asText()).isEqualTo("REJECTED");
        assertThat(summary.path("message").asText()).startsWith(code + ": ");
        assertThat(bait.requests()).as("nothing fetched for an entity or a DTD").isEmpty();
    }

    /**
     * One row in fifty is stored, the rest refused for a damaged NIK or an unknown sex: the point here is the reader
     * and the hand-off on a long sheet, and storing every row (the writes are measured by {@code bench ingest}) would
     * make the run minutes longer without testing anything more.
     */
    @Test
    void aSheetOfAHundredThousandRowsContinuesInAFreshInvocationAndEveryRowIsStoredOnce() throws Exception {
        int rows = 100_000;
        Workbook book = new Workbook();
        // Born between 1962 and 2005: all of working age, 16,000 birth dates with up to seven serials each.
        LocalDate first = LocalDate.of(1962, 1, 1);
        long damaged = 0;
        long sexInvalid = 0;
        for (int i = 0; i < rows; i++) {
            LocalDate born = first.plusDays(i % 16_000);
            String nik = String.format("337502%02d%02d%02d%04d", born.getDayOfMonth(), born.getMonthValue(),
                    born.getYear() % 100, 9000 + i / 16_000);
            boolean stored = i % 50 == 0;
            boolean damagedNik = !stored && i % 2 == 1;
            boolean badSex = !stored && i % 2 == 0;
            damaged += damagedNik ? 1 : 0;
            sexInvalid += badSex ? 1 : 0;
            book.row(i + 2, damagedNik ? book.number("3375021708750000") : book.text(nik),
                    book.text("Pekerja " + i), book.date(born), book.text(badSex ? "X" : "L"),
                    book.text("Tukang becak"), "");
        }
        long accepted = rows - damaged - sexInvalid;
        String key = "incoming/Kauman/seratus ribu baris.xlsx";
        byte[] xlsx = book.bytes();
        put(key, xlsx);
        INVOKES.clear();

        JsonNode firstHop = ingest(key, xlsx.length, SHORT_TIMEOUT_SECONDS);

        assertThat(firstHop.path("status").asText()).as(firstHop.toString()).isEqualTo("CONTINUING");
        assertThat(firstHop.path("rowsIn").asLong()).isBetween(5_000L, rows - 1L);
        assertThat(INVOKES).as("one asynchronous self-invocation").hasSize(1);
        assertThat(INVOKES.get(0)[0]).isEqualTo("/2015-03-31/functions/" + FUNCTION + "/invocations");
        assertThat(INVOKES.get(0)[1]).isEqualTo("Event");
        String continuation = INVOKES.get(0)[2];
        assertThat(JSON.readTree(continuation).path("continueUpload").path("hop").asInt()).isEqualTo(1);

        PackagedFunction.Run run = PackagedFunction.invoke(FUNCTION, continuation, environment(),
                TEMPLATE_TIMEOUT_SECONDS, temp);
        JsonNode done = upload(run);

        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.path("rowsIn").asLong()).isEqualTo(rows)
                .isEqualTo(done.path("accepted").asLong() + done.path("rejected").asLong());
        assertThat(done.path("accepted").asLong()).isEqualTo(accepted);
        assertThat(counts(done)).containsEntry("NIK_DAMAGED", damaged).containsEntry("SEX_INVALID", sexInvalid)
                .containsEntry("ADDED", accepted);
        assertThat(INVOKES).as("the rest fitted in the second invocation").hasSize(1);
        assertThat(storedBy(done.path("uploadId").asText())).isEqualTo(accepted);
        assertThat(object("reports/" + done.path("uploadId").asText() + ".csv").lines().count())
                .as("the report has the header and every row once").isEqualTo(rows + 1L);
    }

    @Test
    void thePackageCarriesNoOtherXmlParser() throws IOException {
        try (ZipFile zip = new ZipFile(PackagedFunction.pkg().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .noneMatch(n -> n.startsWith("com/ctc/wstx/") || n.startsWith("org/codehaus/stax2/")
                            || n.equals("META-INF/services/javax.xml.stream.XMLInputFactory"));
        }
    }

    private static JsonNode ingest(String key, long size, int timeoutSeconds) throws Exception {
        return upload(PackagedFunction.invoke(FUNCTION, AwsEvents.s3ObjectCreatedJson(AWS.bucket(), key, size),
                environment(), timeoutSeconds, Path.of(System.getProperty("java.io.tmpdir"))));
    }

    private static JsonNode upload(PackagedFunction.Run run) {
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.answer()).as(run.output()).isNotNull();
        assertThat(run.answer().path("uploads")).as(run.answer().toString()).hasSize(1);
        System.out.println("xlsx_invocation_ms=" + run.millis());
        return run.answer().path("uploads").path(0);
    }

    private static Map<String, String> environment() {
        return Map.of("AWS_ENDPOINT_URL_LAMBDA", "http://127.0.0.1:" + lambdaApi.getAddress().getPort());
    }

    private static void put(String key, byte[] bytes) {
        AWS.s3().putObject(b -> b.bucket(AWS.bucket()).key(key), RequestBody.fromBytes(bytes));
    }

    private static String object(String key) {
        return AWS.s3().getObjectAsBytes(b -> b.bucket(AWS.bucket()).key(key)).asString(StandardCharsets.UTF_8);
    }

    private static Map<String, Long> counts(JsonNode upload) {
        Map<String, Long> counts = new LinkedHashMap<>();
        upload.path("countsByReason").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /** Applicants whose record names this upload, counted across every page of a scan. */
    private static long storedBy(String uploadId) {
        return AWS.dynamo().scanPaginator(b -> b.tableName(AWS.tables().get("ApplicantsTable"))
                        .filterExpression("uploadId = :u").select(Select.COUNT)
                        .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(uploadId))))
                .stream().mapToLong(r -> r.count()).sum();
    }

    private static Map<String, AttributeValue> applicant(String nik) {
        Map<String, AttributeValue> item = AWS.dynamo().getItem(b -> b.tableName(AWS.tables().get("ApplicantsTable"))
                .key(Map.of("nik", AttributeValue.fromS(nik)))).item();
        assertThat(item).as("an applicant with that NIK").isNotEmpty();
        return item;
    }

    private static String baitUrl(String path) {
        return bait.url(path);
    }

    /** A one-row workbook whose {@code part} declares {@code doctype} and uses {@code reference} in its root. */
    private static byte[] doctype(String part, String doctype, String reference) {
        return new Workbook().withRow().fixture().withDoctype(part, doctype, reference).bytes();
    }

    private static String laughs() {
        StringBuilder s = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            String inner = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            s.append("<!ENTITY lol").append(level).append(" \"").append(inner.repeat(10)).append("\">");
        }
        return s.append("]>").toString();
    }

    /** 256 MiB of spaces after the header row, a few hundred kilobytes compressed; the entry claims 4 KiB. */
    private static byte[] sheetBomb() {
        Workbook book = new Workbook().withRow();
        String sheet = XlsxFixture.sheet(book.sheetData());
        int end = sheet.indexOf("</sheetData>");
        byte[] zip = book.fixture().repeatedPart("xl/worksheets/sheet1.xml", sheet.substring(0, end), " ",
                Limits.MAX_XLSX_PART_BYTES + 1, sheet.substring(end)).bytes();
        return XlsxFixture.declareUncompressedSize(zip, "xl/worksheets/sheet1.xml", 4096);
    }

    private static String sstStart() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + XlsxFixture.MAIN_NS + "\">";
    }

    /**
     * A clerk's sheet as Excel saves it: text in the shared string table, dates as serial numbers in a date style,
     * numbers in a number style; the header NIK, Nama Lengkap, Tgl. Lahir, L/P, Pekerjaan, Kelurahan.
     */
    private static final class Workbook {
        private final Map<String, Integer> strings = new LinkedHashMap<>();
        private final StringBuilder data = new StringBuilder();

        Workbook() {
            row(1, text("NIK"), text("Nama Lengkap"), text("Tgl. Lahir"), text("L/P"), text("Pekerjaan"),
                    text("Kelurahan"));
        }

        Workbook withRow() {
            LocalDate born = LocalDate.of(1975, 8, 17);
            row(2, text(Niks.of(2, born, false)), text("Slamet"), date(born), text("L"), text("Tukang becak"), "");
            return this;
        }

        String text(String value) {
            return "t=\"s\"><v>" + strings.computeIfAbsent(value, v -> strings.size()) + "</v>";
        }

        String inline(String value) {
            return "t=\"inlineStr\"><is><t>" + value + "</t></is>";
        }

        String date(LocalDate value) {
            return "s=\"1\"><v>" + ChronoUnit.DAYS.between(EXCEL_EPOCH, value) + "</v>";
        }

        String number(String digits) {
            return "s=\"4\"><v>" + digits + "</v>";
        }

        /** Cells from column A; an empty string leaves that cell out, as Excel does. */
        void row(int number, String... cells) {
            data.append("<row r=\"").append(number).append("\">");
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    data.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" ").append(cells[i])
                            .append("</c>");
                }
            }
            data.append("</row>");
        }

        String sheetData() {
            return data.toString();
        }

        XlsxFixture fixture() {
            StringBuilder sst = new StringBuilder();
            strings.keySet().forEach(s -> sst.append("<si><t>").append(s).append("</t></si>"));
            return XlsxFixture.singleSheet(data.toString(), sst.toString(), false);
        }

        byte[] bytes() {
            return fixture().bytes();
        }
    }
}
