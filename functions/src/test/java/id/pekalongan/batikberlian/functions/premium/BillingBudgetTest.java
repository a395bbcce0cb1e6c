package id.pekalongan.batikberlian.functions.premium;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.FundingSource;
import id.pekalongan.batikberlian.storage.Attr;
import id.pekalongan.batikberlian.storage.billing.BudgetStore;
import id.pekalongan.batikberlian.storage.billing.WriteCounter;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Budget lines drawn in order, and a bill beyond them still billed and flagged. */
class BillingBudgetTest {

    @BeforeEach
    void reset() {
        LocalAws.get().resetTables();
    }

    static Resources resources() {
        return BillingFixtures.resources();
    }

    static Map<String, Map<String, AttributeValue>> billingItems(BillingPeriod period) {
        return BillingFixtures.items(resources().billingTable()).stream()
                .filter(i -> period.toString().equals(Attr.string(i, "period")))
                .collect(Collectors.toMap(i -> Attr.string(i, "sk"), i -> i));
    }

    @Test
    void aRunBeyondTheBudgetStillBillsAndIsFlagged() {
        int year = 2031;
        BudgetStore budgets = new BudgetStore(LocalAws.get().dynamo(), resources().programmeTable(), 0,
                new WriteCounter());
        budgets.putLine(new BudgetLine(FundingSource.APBD, year, 10_000, "DPA 2031"));
        budgets.putLine(new BudgetLine(FundingSource.CSR, year, 15_000, "CSR Bank"));
        BillingPeriod jan = BillingPeriod.of(year, 1);
        BillingFixtures.store(BillingFixtures.roster(500, 3));

        BillingRunSummary s = BillingFixtures.run(LocalAws.get().dynamo(), BillingSettings.defaults(), null)
                .run(jan, BillingFixtures.farDeadline());

        assertThat(s.participants()).isEqualTo(3);
        assertThat(s.amount()).isEqualTo(3 * 16_800);
        assertThat(s.budgetFlag()).isEqualTo("OVER_BUDGET");
        assertThat(s.budgetShortfall()).isEqualTo(s.amount() - 25_000);
        assertThat(s.budgetRemaining()).isEqualTo(25_000 - s.amount());
        assertThat(s.runwayFullyFundedMonths()).isZero();
        assertThat(s.runwayRunsOutIn()).isEqualTo("2031-02");
        Map<String, Map<String, AttributeValue>> items = billingItems(jan);
        assertThat(Attr.number(items.get("TOTAL#FUND#CSR"), "amount", 0)).isEqualTo(15_000);
        assertThat(Attr.number(items.get("TOTAL#FUND#APBD"), "amount", 0)).isEqualTo(s.amount() - 15_000);
    }

    @Test
    void withoutStoredLinesTheAnnualBudgetIsTheApbdLine() {
        BillingFixtures.store(BillingFixtures.roster(600, 2));
        BillingPeriod march = BillingPeriod.of(2032, 3);
        BillingRunSummary s = BillingFixtures.run(LocalAws.get().dynamo(),
                BillingSettings.defaults().withDefaultAnnualBudget(100_000), null).run(march,
                BillingFixtures.farDeadline());

        assertThat(s.budgetFlag()).isEqualTo("WITHIN_BUDGET");
        assertThat(s.budgetRemaining()).isEqualTo(100_000 - 2 * 16_800);
        assertThat(s.runwayFullyFundedMonths()).isEqualTo(1);
        assertThat(s.runwayLastFullyFunded()).isEqualTo("2032-04");
        assertThat(s.runwayRunsOutIn()).isEqualTo("2032-05");
    }
}
