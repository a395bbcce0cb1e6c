package id.pekalongan.batikberlian.domain.benefit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * STMB (santunan sementara tidak mampu bekerja): full wage for the first months, a reduced share after, pro rata by
 * day on the policy's day basis (default 30 days = 1 month, so the first 12 months are the first 360 days).
 */
final class TemporaryIncapacityBenefit {

    private TemporaryIncapacityBenefit() {
    }

    static void apply(PricedClaim c, Findings f) {
        BenefitTable t = c.table();
        int basis = c.policy().stmbDayBasis();
        int days = c.request().daysOff();
        int fullWageDays = t.stmbFullWageMonths() * basis;
        int firstDays = Math.min(days, fullWageDays);
        int laterDays = days - firstDays;

        long first = Rupiah.fraction(c.wage(), (long) firstDays * t.stmbFullPercent(), 100L * basis,
                c.policy().rounding());
        f.pay(ComponentCode.STMB_FULL_WAGE, first, "STMB " + t.stmbFullPercent() + "% upah " + Rupiah.format(c.wage())
                + " per bulan untuk " + t.stmbFullWageMonths() + " bulan pertama, dihitung per hari (1 bulan = "
                + basis + " hari): " + firstDays + " hari (" + c.basis() + ").", inputs(c, firstDays, t.stmbFullPercent()));
        if (laterDays > 0) {
            long later = Rupiah.fraction(c.wage(), (long) laterDays * t.stmbReducedPercent(), 100L * basis,
                    c.policy().rounding());
            f.pay(ComponentCode.STMB_REDUCED_WAGE, later, "STMB " + t.stmbReducedPercent() + "% upah "
                    + Rupiah.format(c.wage()) + " per bulan setelah " + t.stmbFullWageMonths()
                    + " bulan sampai sembuh, dihitung per hari (1 bulan = " + basis + " hari): " + laterDays
                    + " hari (" + c.basis() + ").", inputs(c, laterDays, t.stmbReducedPercent()));
        }
    }

    private static Map<String, Object> inputs(PricedClaim c, int days, int percent) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("wage", c.wage());
        in.put("days", days);
        in.put("percent", percent);
        in.put("daysPerMonth", c.policy().stmbDayBasis());
        in.put("daysUnableToWork", c.request().daysOff());
        return in;
    }
}
