package id.pekalongan.batikberlian.domain.benefit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Home care: at most one year and at most the ceiling. Beyond one year only the first year's share of the cost is
 * counted, pro rata by day, since the bill is not itemised by date.
 */
final class HomeCareBenefit {

    private HomeCareBenefit() {
    }

    static void apply(PricedClaim c, Findings f) {
        BenefitTable t = c.table();
        HomeCareInput care = c.request().homeCare();
        int days = care.days();
        long cost = care.cost();
        long withinYear = cost;
        if (days > t.homeCareMaxDays()) {
            withinYear = Rupiah.fraction(cost, t.homeCareMaxDays(), days, c.policy().rounding());
            f.refuse(NotPayableCode.HOME_CARE_BEYOND_ONE_YEAR, "Perawatan di rumah " + days + " hari melebihi "
                    + t.homeCareMaxDays() + " hari (1 tahun); biaya " + Rupiah.format(cost - withinYear)
                    + " untuk hari-hari setelahnya tidak dibayarkan.");
        }
        long paid = Math.min(withinYear, t.homeCareMaxCost());
        if (withinYear > paid) {
            f.refuse(NotPayableCode.HOME_CARE_ABOVE_CAP, "Biaya perawatan di rumah " + Rupiah.format(withinYear)
                    + " melebihi batas " + Rupiah.format(t.homeCareMaxCost()) + "; kelebihan "
                    + Rupiah.format(withinYear - paid) + " tidak dibayarkan.");
        }
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("days", days);
        in.put("cost", cost);
        in.put("costWithinOneYear", withinYear);
        in.put("dayLimit", t.homeCareMaxDays());
        in.put("costLimit", t.homeCareMaxCost());
        f.pay(ComponentCode.HOME_CARE, paid, "Perawatan di rumah paling lama 1 tahun dan paling banyak "
                + Rupiah.format(t.homeCareMaxCost()) + " (" + c.basis() + ").", in);
    }
}
