package id.pekalongan.batikberlian.domain.premium;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fiscal year's premium budget (Indonesia's fiscal year is the calendar year, and unspent APBD money does not
 * carry over): the lines that fund it and the ledger of charges by period. Immutable; each change returns a new one.
 */
public final class Budget {

    /** The result of charging a bill: the budget after, and how the bill sat against what remained before. */
    public record Charge(Budget budget, BudgetFlag flag, long shortfall) {
        public Charge {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(flag, "flag");
        }
    }

    private final int year;
    private final List<BudgetLine> lines;
    private final List<BudgetDebit> debits;

    private Budget(int year, List<BudgetLine> lines, List<BudgetDebit> debits) {
        this.year = year;
        this.lines = List.copyOf(lines);
        this.debits = List.copyOf(debits);
    }

    public static Budget forYear(int year) {
        return new Budget(year, List.of(), List.of());
    }

    public Budget withLine(BudgetLine line) {
        if (line.year() != year) {
            throw new IllegalArgumentException("a " + line.year() + " line cannot fund the " + year + " budget");
        }
        List<BudgetLine> more = new ArrayList<>(lines);
        more.add(line);
        return new Budget(year, more, debits);
    }

    /**
     * Charges {@code debit}. The bill is charged even when it exceeds what remains (cover is owed regardless), and
     * flagged OVER_BUDGET. Charging the same period and reference again with the same amount changes nothing, so a
     * re-run is harmless; with a different amount it is refused, because one of the two runs billed wrongly.
     */
    public Charge charge(BudgetDebit debit) {
        if (debit.period().month().getYear() != year) {
            throw new IllegalArgumentException("period " + debit.period() + " is outside fiscal year " + year);
        }
        for (BudgetDebit existing : debits) {
            if (existing.period().equals(debit.period()) && existing.reference().equals(debit.reference())) {
                if (existing.amount() != debit.amount()) {
                    throw new IllegalStateException("period " + debit.period() + " reference " + debit.reference()
                            + " already charged " + existing.amount() + ", not " + debit.amount());
                }
                long before = remaining() + existing.amount();
                return charged(this, before, debit.amount());
            }
        }
        List<BudgetDebit> more = new ArrayList<>(debits);
        more.add(debit);
        return charged(new Budget(year, lines, more), remaining(), debit.amount());
    }

    private static Charge charged(Budget after, long remainingBefore, long amount) {
        long shortfall = Math.max(0, amount - Math.max(0, remainingBefore));
        return new Charge(after, shortfall > 0 ? BudgetFlag.OVER_BUDGET : BudgetFlag.WITHIN_BUDGET, shortfall);
    }

    public long allocated() {
        return lines.stream().mapToLong(BudgetLine::amount).reduce(0, Math::addExact);
    }

    public long allocated(FundingSource source) {
        return lines.stream().filter(l -> l.source() == source).mapToLong(BudgetLine::amount).reduce(0, Math::addExact);
    }

    public long charged() {
        return debits.stream().mapToLong(BudgetDebit::amount).reduce(0, Math::addExact);
    }

    public long charged(BillingPeriod period) {
        return debits.stream().filter(d -> d.period().equals(period)).mapToLong(BudgetDebit::amount)
                .reduce(0, Math::addExact);
    }

    /** Allocated minus charged; negative once OVER_BUDGET bills have been charged. */
    public long remaining() {
        return allocated() - charged();
    }

    /** See {@link Runway}: how many months from {@code from} the remaining money pays at {@code monthlyCost}. */
    public Runway runway(BillingPeriod from, long monthlyCost) {
        return Runway.of(from, remaining(), monthlyCost);
    }

    public int year() {
        return year;
    }

    public List<BudgetLine> lines() {
        return lines;
    }

    public List<BudgetDebit> debits() {
        return debits;
    }
}
