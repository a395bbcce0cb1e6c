package id.pekalongan.batikberlian.domain.benefit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Total and partial permanent disability from a work accident. */
final class DisabilityBenefit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DisabilityBenefit() {
    }

    static void total(PricedClaim c, Findings f) {
        BenefitTable t = c.table();
        long base = Math.multiplyExact(c.wage(), t.disabilityWageMonths());
        long amount = Rupiah.percentOf(base, BigDecimal.valueOf(t.totalDisabilityPercent()), c.policy().rounding());
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("wage", c.wage());
        in.put("percent", t.totalDisabilityPercent());
        in.put("wageMultiple", t.disabilityWageMonths());
        f.pay(ComponentCode.TOTAL_DISABILITY, amount, "Santunan cacat total tetap " + t.totalDisabilityPercent()
                + "% x " + t.disabilityWageMonths() + " x upah " + Rupiah.format(c.wage()) + " (" + c.basis() + ").", in);
    }

    /**
     * Each item is priced on its own; several items add up to at most the policy's combined cap, and an item that
     * would go beyond it is paid only up to the cap, in the order the items were given.
     */
    static void partial(PricedClaim c, Findings f) {
        BenefitTable t = c.table();
        long base = Math.multiplyExact(c.wage(), t.disabilityWageMonths());
        BigDecimal cap = c.policy().combinedDisabilityCapPercent();
        BigDecimal used = BigDecimal.ZERO;
        for (DisabilityItemInput item : c.request().disability().items()) {
            DisabilityItem entry = t.disabilityTable().find(item.code()).orElseThrow();
            BigDecimal loss = item.functionalLossPercent();
            BigDecimal effective = loss == null ? entry.percent() : entry.percent().multiply(loss).divide(HUNDRED);
            BigDecimal granted = effective.min(cap.subtract(used)).max(BigDecimal.ZERO);
            used = used.add(granted);
            if (granted.compareTo(effective) < 0) {
                f.refuse(NotPayableCode.DISABILITY_COMBINED_CAP, "Cacat " + entry.code() + " dihitung "
                        + Rupiah.percent(granted) + " dari " + Rupiah.percent(effective) + " karena jumlah persentase "
                        + "beberapa cacat paling tinggi " + Rupiah.percent(cap) + ".");
            }
            long amount = Rupiah.percentOf(base, granted, c.policy().rounding());
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("disabilityCode", entry.code());
            in.put("tablePercent", entry.percent());
            if (loss != null) {
                in.put("functionLostPercent", loss);
            }
            in.put("paidPercent", granted);
            in.put("wage", c.wage());
            in.put("wageMultiple", t.disabilityWageMonths());
            in.put("disabilityTable", t.disabilityTable().version());
            if (loss == null) {
                f.pay(ComponentCode.PARTIAL_DISABILITY_ANATOMICAL, amount, "Santunan cacat sebagian anatomis ("
                        + entry.description() + "): " + Rupiah.percent(granted) + " x " + t.disabilityWageMonths()
                        + " x upah " + Rupiah.format(c.wage()) + ", tabel lampiran " + c.basis() + ".", in);
            } else {
                f.pay(ComponentCode.PARTIAL_DISABILITY_FUNCTIONAL, amount, "Santunan cacat sebagian fungsi ("
                        + entry.description() + "): " + Rupiah.percent(loss) + " kehilangan fungsi x "
                        + Rupiah.percent(entry.percent()) + " tabel x " + t.disabilityWageMonths() + " x upah "
                        + Rupiah.format(c.wage()) + ", tabel lampiran " + c.basis() + ".", in);
            }
        }
    }
}
