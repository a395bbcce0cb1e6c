package id.pekalongan.batikberlian.functions.premium;

import static id.pekalongan.batikberlian.functions.premium.BillingFixtures.MEDONO;
import static id.pekalongan.batikberlian.functions.premium.BillingFixtures.PODOSUGIH;
import static id.pekalongan.batikberlian.functions.premium.BillingFixtures.active;
import static id.pekalongan.batikberlian.functions.premium.BillingFixtures.nik;
import static id.pekalongan.batikberlian.functions.premium.BillingFixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.FundingSource;
import id.pekalongan.batikberlian.domain.premium.RosterHash;
import id.pekalongan.batikberlian.domain.premium.RosterLine;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.billing.BillLine;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.BudgetStore;
import id.pekalongan.batikberlian.storage.billing.PaymentStore;
import id.pekalongan.batikberlian.storage.billing.RecordedPayment;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One small roster holding every case the run must tell apart, billed for June 2024 against the DynamoDB engine and the
 * S3 server; then the same period again.
 */
class BillingRunTest {

    static final BillingPeriod JUNE = BillingPeriod.of(2024, 6);

    static final String NORMAL = nik(1);
    static final String HIGH_INCOME = nik(2);
    static final String UNDER_AGE = nik(3);
    static final String EIGHTEEN_ON_THE_FIRST = nik(4);
    static final String TURNS_66_IN_JUNE = nik(5);
    static final String TURNED_66_ON_THE_FIRST = nik(6);
    static final String TURNED_66_IN_MAY = nik(7);
    static final String COVER_FROM_JULY = nik(8);
    static final String DIED_IN_MAY = nik(9);
    static final String DIES_IN_JUNE = nik(10);
    static final String ALREADY_ENDED = nik(11);
    static final String WAITLISTED = nik(12);
    static final String THREE_MONTHS_UNPAID = nik(13);
    static final String ALL_PAID = nik(14);
    static final String TWO_MONTHS_UNPAID = nik(15);

    static final BillingFixtures.RecordingSlots SLOTS = new BillingFixtures.RecordingSlots();
    static BillingRunSummary june;

    @BeforeAll
    static void billJune() {
        LocalAws.get().resetTables();
        LocalDate jan = LocalDate.of(2024, 1, 1);
        LocalDate born = LocalDate.of(1980, 3, 3);
        BillingFixtures.store(List.of(
                active(NORMAL, born, jan, MEDONO),
                participant(HIGH_INCOME, born, jan, PODOSUGIH, 2_500_000, ParticipantStatus.ACTIVE, null),
                active(UNDER_AGE, LocalDate.of(2006, 6, 2), jan, MEDONO),
                active(EIGHTEEN_ON_THE_FIRST, LocalDate.of(2006, 6, 1), jan, MEDONO),
                active(TURNS_66_IN_JUNE, LocalDate.of(1958, 6, 2), jan, PODOSUGIH),
                active(TURNED_66_ON_THE_FIRST, LocalDate.of(1958, 6, 1), jan, PODOSUGIH),
                active(TURNED_66_IN_MAY, LocalDate.of(1958, 5, 10), jan, MEDONO),
                active(COVER_FROM_JULY, born, LocalDate.of(2024, 7, 1), MEDONO),
                participant(DIED_IN_MAY, born, jan, MEDONO, 1_000_000, ParticipantStatus.ACTIVE,
                        LocalDate.of(2024, 5, 20)),
                participant(DIES_IN_JUNE, born, jan, MEDONO, 1_000_000, ParticipantStatus.ACTIVE,
                        LocalDate.of(2024, 6, 10)),
                participant(ALREADY_ENDED, born, jan, MEDONO, 1_000_000, ParticipantStatus.ENDED, null),
                participant(WAITLISTED, born, jan, MEDONO, 1_000_000, ParticipantStatus.WAITLISTED, null),
                active(THREE_MONTHS_UNPAID, born, jan, PODOSUGIH),
                active(ALL_PAID, born, jan, PODOSUGIH),
                active(TWO_MONTHS_UNPAID, born, jan, PODOSUGIH)));
        // March to May billed for the three arrears cases; payments as finance recorded them.
        BillingStore store = new BillingStore(LocalAws.get().dynamo(), resources().billingTable(), new WriteCounter());
        for (int m = 3; m <= 5; m++) {
            store.putLines(BillingPeriod.of(2024, m), List.of(line(THREE_MONTHS_UNPAID), line(ALL_PAID),
                    line(TWO_MONTHS_UNPAID)), "2024-0" + m + "-01T00:00:00Z");
        }
        PaymentStore payments = new PaymentStore(LocalAws.get().dynamo(), resources().billingTable());
        payments.record(new RecordedPayment("P1", ALL_PAID, LocalDate.of(2024, 5, 10), 3 * 16_800,
                List.of(BillingPeriod.of(2024, 3), BillingPeriod.of(2024, 4), BillingPeriod.of(2024, 5)), "t"), "x");
        payments.record(new RecordedPayment("P2", TWO_MONTHS_UNPAID, LocalDate.of(2024, 3, 10), 16_800,
                List.of(BillingPeriod.of(2024, 3)), "t"), "x");
        // Paid after the 1st of June: does not count for June's run.
        payments.record(new RecordedPayment("P3", THREE_MONTHS_UNPAID, LocalDate.of(2024, 6, 3), 3 * 16_800,
                List.of(BillingPeriod.of(2024, 3), BillingPeriod.of(2024, 4), BillingPeriod.of(2024, 5)), "t"), "x");

        june = BillingFixtures.run(LocalAws.get().dynamo(), BillingSettings.defaults().withPageSize(4), SLOTS)
                .run(JUNE, BillingFixtures.farDeadline());
    }

    static BillLine line(String nik) {
        return new BillLine(nik, "x", LocalDate.of(1980, 3, 3), "Tukang becak", PODOSUGIH, 1_000_000, 10_000, 6_800,
                16_800, "PP44-2015/PP82-2019", 2024);
    }

    static Resources resources() {
        return BillingFixtures.resources();
    }

    static Map<String, Map<String, AttributeValue>> billingItems(BillingPeriod period) {
        return BillingFixtures.items(resources().billingTable()).stream()
                .filter(i -> period.toString().equals(Attr.string(i, "period")))
                .collect(Collectors.toMap(i -> Attr.string(i, "sk"), i -> i));
    }

    @ParameterizedTest(name = "{0}: billed={1}")
    @CsvSource({
            "NORMAL,                  true,  16800",
            "HIGH_INCOME,             true,  31800",
            "UNDER_AGE,               false, 0",
            "EIGHTEEN_ON_THE_FIRST,   true,  16800",
            "TURNS_66_IN_JUNE,        true,  16800",
            "TURNED_66_ON_THE_FIRST,  false, 0",
            "TURNED_66_IN_MAY,        false, 0",
            "COVER_FROM_JULY,         false, 0",
            "DIED_IN_MAY,             false, 0",
            "DIES_IN_JUNE,            true,  16800",
            "ALREADY_ENDED,           false, 0",
            "WAITLISTED,              false, 0",
            "THREE_MONTHS_UNPAID,     false, 0",
            "ALL_PAID,                true,  16800",
            "TWO_MONTHS_UNPAID,       true,  16800"})
    void whoIsBilledForJune(String who, boolean billed, long total) throws Exception {
        String nik = (String) BillingRunTest.class.getDeclaredField(who).get(null);
        Map<String, AttributeValue> line = billingItems(JUNE).get("LINE#" + nik);
        assertThat(line != null).as(who).isEqualTo(billed);
        if (billed) {
            assertThat(Attr.number(line, "total", -1)).isEqualTo(total);
            assertThat(Attr.string(line, "nik")).isEqualTo(nik);
            assertThat(Attr.string(line, "status")).isEqualTo("BILLED");
            assertThat(Attr.string(line, "rateVersion")).isEqualTo("PP44-2015/PP82-2019");
            assertThat(Attr.number(line, "jkk", -1) + Attr.number(line, "jkm", -1)).isEqualTo(total);
        }
    }

    @Test
    void summaryCountsEveryReasonAndTheInvoiceAddsUp() {
        assertThat(june.status()).isEqualTo(BillingRunSummary.COMPLETE);
        assertThat(june.participants()).isEqualTo(7);
        assertThat(june.amount()).isEqualTo(6 * 16_800 + 31_800);
        assertThat(june.notBilled()).containsExactlyInAnyOrderEntriesOf(Map.of("UNDER_AGE", 1L, "AGED_OUT", 2L,
                "NOT_YET_COVERED", 1L, "DECEASED", 1L, "LAPSED_ARREARS", 1L));
        assertThat(june.endedAgeOut()).isEqualTo(2);
        assertThat(june.lapsed()).isEqualTo(1);
        assertThat(june.ageOutNextMonth()).containsExactly("3375********0005");
        assertThat(june.rateVersions()).containsExactly("PP44-2015/PP82-2019");

        Map<String, Map<String, AttributeValue>> items = billingItems(JUNE);
        long kelurahanSum = items.entrySet().stream().filter(e -> e.getKey().startsWith("TOTAL#KEL#"))
                .mapToLong(e -> Attr.number(e.getValue(), "amount", 0)).sum();
        assertThat(kelurahanSum).isEqualTo(june.amount());
        assertThat(Attr.number(items.get("TOTAL#KEL#" + PODOSUGIH), "participants", 0)).isEqualTo(4);
        assertThat(Attr.number(items.get("TOTAL#FUND#APBD"), "amount", 0)).isEqualTo(june.amount());
        Map<String, AttributeValue> invoice = items.get("INVOICE");
        assertThat(Attr.string(invoice, "status")).isEqualTo("COMPLETE");
        assertThat(Attr.string(invoice, "rosterHash")).isEqualTo(june.rosterHash());
        assertThat(Attr.string(items.get("RUN"), "status")).isEqualTo("COMPLETE");

        List<RosterLine> expected = List.of(NORMAL, EIGHTEEN_ON_THE_FIRST, TURNS_66_IN_JUNE, DIES_IN_JUNE, ALL_PAID,
                TWO_MONTHS_UNPAID).stream().map(n -> new RosterLine(n, 16_800, "PP44-2015/PP82-2019"))
                .collect(Collectors.toList());
        expected.add(new RosterLine(HIGH_INCOME, 31_800, "PP44-2015/PP82-2019"));
        assertThat(june.rosterHash()).isEqualTo(RosterHash.of(JUNE, expected).sha256());
    }

    @Test
    void ageOutsAndTheLapseChangeTheApplicantAndFreeTheirSlots() {
        for (String nik : List.of(TURNED_66_ON_THE_FIRST, TURNED_66_IN_MAY)) {
            Map<String, AttributeValue> a = BillingFixtures.applicant(nik);
            assertThat(Attr.string(a, "status")).isEqualTo("ENDED");
            assertThat(Attr.string(a, "endReason")).isEqualTo("AGE_OUT");
            assertThat(Attr.string(a, "statusNik")).isEqualTo("ENDED#" + nik);
            assertThat(Attr.string(a, "endedOn")).isEqualTo("2024-05-31");
            assertThat(Attr.number(a, "version", 0)).isEqualTo(2);
        }
        Map<String, AttributeValue> lapsed = BillingFixtures.applicant(THREE_MONTHS_UNPAID);
        assertThat(Attr.string(lapsed, "status")).isEqualTo("LAPSED");
        assertThat(Attr.string(lapsed, "statusNik")).isEqualTo("LAPSED#" + THREE_MONTHS_UNPAID);
        assertThat(Attr.string(BillingFixtures.applicant(TURNS_66_IN_JUNE), "status")).isEqualTo("ACTIVE");
        assertThat(SLOTS.freed).containsExactlyInAnyOrder(TURNED_66_ON_THE_FIRST + "@2024",
                TURNED_66_IN_MAY + "@2024", THREE_MONTHS_UNPAID + "@2024");
    }

    @Test
    void budgetDebitedOnceWithRemainingAndRunway() {
        long remaining = 403_200_000L - june.amount();
        assertThat(june.budgetFlag()).isEqualTo("WITHIN_BUDGET");
        assertThat(june.budgetAllocated()).isEqualTo(403_200_000L);
        assertThat(june.budgetRemaining()).isEqualTo(remaining);
        assertThat(june.runwayFullyFundedMonths()).isEqualTo(remaining / june.amount());
        assertThat(june.runwayLastFullyFunded())
                .isEqualTo(JUNE.plusMonths(remaining / june.amount()).toString());
        List<Map<String, AttributeValue>> ledger = BillingFixtures.items(resources().programmeTable()).stream()
                .filter(i -> "LEDGER#2024".equals(Attr.string(i, "pk"))).toList();
        assertThat(ledger).hasSize(1);
        assertThat(Attr.string(ledger.get(0), "sk")).isEqualTo("2024-06#APBD");
        assertThat(Attr.number(ledger.get(0), "amount", 0)).isEqualTo(june.amount());
    }

    @Test
    void theSamePeriodAgainGivesTheSameInvoiceAndWritesNothing() {
        long billing = BillingFixtures.count(resources().billingTable());
        long programme = BillingFixtures.count(resources().programmeTable());
        List<Map<String, AttributeValue>> before = BillingFixtures.items(resources().billingTable());

        BillingRunSummary again = BillingFixtures.run(LocalAws.get().dynamo(), BillingSettings.defaults(), SLOTS)
                .run(JUNE, BillingFixtures.farDeadline());

        assertThat(again.status()).isEqualTo(BillingRunSummary.ALREADY_COMPLETE);
        assertThat(again.rosterHash()).isEqualTo(june.rosterHash());
        assertThat(again.amount()).isEqualTo(june.amount());
        assertThat(again.writeRequests()).isZero();
        assertThat(BillingFixtures.count(resources().billingTable())).isEqualTo(billing);
        assertThat(BillingFixtures.count(resources().programmeTable())).isEqualTo(programme);
        assertThat(BillingFixtures.items(resources().billingTable())).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void invoiceCsvHasOneRowPerLineInNikOrder() {
        String csv = LocalAws.get().s3().getObjectAsBytes(b -> b.bucket(resources().uploadBucket())
                .key("invoices/2024-06.csv")).asString(StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo(
                "NIK,Nama,Tanggal Lahir,Pekerjaan,Kode Kelurahan,Kelurahan,Penghasilan Dilaporkan,JKK,JKM,Total Iuran");
        assertThat(rows).hasSize(8);
        assertThat(rows[1]).isEqualTo(NORMAL + ",Peserta 0001,1980-03-03,Tukang becak," + MEDONO
                + ",Medono,1000000,10000,6800,16800");
        assertThat(rows[2]).startsWith(HIGH_INCOME).endsWith(",2500000,25000,6800,31800");
    }

    @Test
    void invoiceXlsxIsAWorkbookWithTheNikAsText() throws Exception {
        byte[] xlsx = LocalAws.get().s3().getObjectAsBytes(b -> b.bucket(resources().uploadBucket())
                .key("invoices/2024-06.xlsx")).asByteArray();
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml");
        for (String xml : entries.values()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }
        String sheet = entries.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<c r=\"A2\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + NORMAL
                + "</t></is></c>");
        assertThat(sheet).contains("<c r=\"J3\" s=\"3\"><v>31800</v></c>")
                .contains("<c r=\"G3\" s=\"3\"><v>2500000</v></c>");
        assertThat(sheet).contains("<row r=\"8\">").doesNotContain("<row r=\"9\">");
    }
}
