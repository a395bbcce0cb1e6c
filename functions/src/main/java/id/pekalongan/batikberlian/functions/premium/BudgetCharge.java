package id.pekalongan.batikberlian.functions.premium;

import id.pekalongan.batikberlian.domain.premium.BillingPeriod;
import id.pekalongan.batikberlian.domain.premium.BudgetFlag;
import id.pekalongan.batikberlian.domain.premium.BudgetLine;
import id.pekalongan.batikberlian.domain.premium.FundingSource;
import id.pekalongan.batikberlian.domain.premium.Runway;
import id.pekalongan.batikberlian.storage.billing.BillingStore;
import id.pekalongan.batikberlian.storage.billing.BudgetStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a period's invoice from the year's budget lines in a fixed order (APBD, then APBD-P, then CSR), each up to
 * what it has left; what none can pay is still billed and charged to APBD, the city's own budget, and flagged. The
 * period's own earlier debits do not count as spent, so an attempt that charges again draws the same amounts.
 */
final class BudgetCharge {

    record Outcome(BudgetFlag flag, long allocated, long remainingAfter, long shortfall, Optional<Runway> runway) {
    }

    private final BudgetStore budgets;
    private final BillingStore bills;

    BudgetCharge(BudgetStore budgets, BillingStore bills) {
        this.budgets = budgets;
        this.bills = bills;
    }

    /** Debits each line drawn and writes its subtotal ({@code TOTAL#FUND#<source>}) on the period's bill. */
    Outcome charge(BillingPeriod period, long amount, String rosterHash, String at) {
        int year = period.month().getYear();
        List<BudgetLine> lines = budgets.lines(year);
        Map<FundingSource, Long> left = new EnumMap<>(FundingSource.class);
        lines.forEach(l -> left.merge(l.source(), l.amount(), Long::sum));
        long allocated = lines.stream().mapToLong(BudgetLine::amount).sum();
        long chargedElsewhere = 0;
        for (var d : budgets.debits(year)) {
            if (d.period().equals(period)) {
                continue;
            }
            chargedElsewhere += d.amount();
            FundingSource source = FundingSource.valueOf(d.reference().substring(d.reference().indexOf('#') + 1));
            left.merge(source, -d.amount(), Long::sum);
        }
        Map<FundingSource, Long> draws = new EnumMap<>(FundingSource.class);
        long toDraw = amount;
        for (FundingSource source : FundingSource.values()) {
            long take = Math.min(toDraw, Math.max(0, left.getOrDefault(source, 0L)));
            if (take > 0) {
                draws.put(source, take);
                toDraw -= take;
            }
        }
        long remainingBefore = allocated - chargedElsewhere;
        long shortfall = Math.max(0, amount - Math.max(0, remainingBefore));
        if (toDraw > 0) {
            draws.merge(FundingSource.APBD, toDraw, Long::sum);
        }
        for (var e : draws.entrySet()) {
            budgets.debit(period, e.getKey(), e.getValue(), rosterHash, at);
            bills.putTotal(period, BillingStore.TOTAL_FUND + e.getKey().name(), Map.of(
                    "amount", e.getValue(), "source", e.getKey().label(),
                    "reference", BudgetStore.reference(period, e.getKey())));
        }
        long remainingAfter = remainingBefore - amount;
        Optional<Runway> runway = amount > 0 ? Optional.of(Runway.of(period.next(), remainingAfter, amount))
                : Optional.empty();
        return new Outcome(shortfall > 0 ? BudgetFlag.OVER_BUDGET : BudgetFlag.WITHIN_BUDGET, allocated,
                remainingAfter, shortfall, runway);
    }
}
