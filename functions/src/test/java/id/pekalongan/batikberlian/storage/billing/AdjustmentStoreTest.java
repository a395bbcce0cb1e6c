package id.pekalongan.batikberlian.storage.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Corrections against June 2024, billed and closed as a run leaves a period. */
class AdjustmentStoreTest {

    static final BillingPeriod JUNE = BillingPeriod.of(2024, 6);
    static final String NORMAL = "3375010000000001";
    static final String DIES_IN_JUNE = "3375010000000010";

    @BeforeAll
    static void closeJune() {
        LocalAws.get().resetTables();
        BillingStore bills = new BillingStore(LocalAws.get().dynamo(), table(), new WriteCounter());
        bills.putLines(JUNE, List.of(line(NORMAL), line(DIES_IN_JUNE)), "2024-06-01T00:00:00Z");
        bills.completeInvoice(JUNE, Map.of("participants", 2L, "amount", 2 * 16_800L));
    }

    static BillLine line(String nik) {
        return new BillLine(nik, "x", LocalDate.of(1980, 3, 3), "Tukang becak", "33.75.01.1002", 1_000_000, 10_000,
                6_800, 16_800, "PP44-2015/PP82-2019", 2024);
    }

    static String table() {
        return LocalAws.get().tables().get("BillingTable");
    }

    static Map<String, Map<String, AttributeValue>> billingItems(BillingPeriod period) {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        LocalAws.get().dynamo().scanPaginator(b -> b.tableName(table())).items().forEach(all::add);
        return all.stream().filter(i -> period.toString().equals(Attr.string(i, "period")))
                .collect(Collectors.toMap(i -> Attr.string(i, "sk"), i -> i));
    }

    @Test
    void aCorrectionIsAnAdjustmentInALaterOpenPeriodNeverAnEdit() {
        AdjustmentStore store = new AdjustmentStore(LocalAws.get().dynamo(), table(), new WriteCounter());
        Map<String, AttributeValue> closedLine = billingItems(JUNE).get("LINE#" + DIES_IN_JUNE);

        assertThatThrownBy(() -> store.addAdjustment(JUNE, NORMAL, BillingPeriod.of(2024, 5), 0, -6_800, "x",
                "t")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.addAdjustment(BillingPeriod.of(2024, 9), NORMAL, BillingPeriod.of(2024, 9),
                0, -6_800, "x", "t")).isInstanceOf(IllegalArgumentException.class);

        BillingPeriod october = BillingPeriod.of(2024, 10);
        var first = store.addAdjustment(october, DIES_IN_JUNE, JUNE, -10_000, -6_800, "double billing", "t");
        var second = store.addAdjustment(october, DIES_IN_JUNE, JUNE, 1_000, 0, "income correction", "t");
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(billingItems(october)).containsKeys("ADJUST#" + DIES_IN_JUNE + "#1", "ADJUST#" + DIES_IN_JUNE + "#2");
        assertThat(Attr.string(billingItems(october).get("ADJUST#" + DIES_IN_JUNE + "#1"), "correctsPeriod"))
                .isEqualTo("2024-06");
        assertThat(billingItems(JUNE).get("LINE#" + DIES_IN_JUNE)).isEqualTo(closedLine);
        assertThat(store.adjustments(october)).extracting(a -> a.total()).containsExactly(-16_800L, 1_000L);
    }
}
