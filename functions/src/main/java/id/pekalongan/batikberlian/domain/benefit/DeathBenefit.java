package id.pekalongan.batikberlian.domain.benefit;

import java.util.LinkedHashMap;
import java.util.Map;

/** JKM death and JKK death: lump sum, periodic benefit paid at once, funeral cost. */
final class DeathBenefit {

    private DeathBenefit() {
    }

    static void apply(PricedClaim c, HeirDecision heirs, Findings f) {
        BenefitTable t = c.table();
        if (heirs.noHeir()) {
            f.refuse(NotPayableCode.NO_HEIR, "Santunan kematian dan santunan berkala tidak dibayarkan karena tidak ada "
                    + "ahli waris; hanya biaya pemakaman yang dibayarkan kepada pihak yang mengurus pemakaman ("
                    + c.basis() + ").");
        } else if (c.type() == ClaimType.JKM_DEATH) {
            jkmLumpSum(c, heirs, f);
            periodic(c, heirs, f);
        } else {
            jkkLumpSum(c, heirs, f);
            periodic(c, heirs, f);
        }
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("recipient", heirs.funeralRecipient());
        f.pay(ComponentCode.FUNERAL, t.funeral(),
                "Biaya pemakaman " + Rupiah.format(t.funeral()) + " (" + c.basis() + ").", in);
    }

    private static void jkmLumpSum(PricedClaim c, HeirDecision heirs, Findings f) {
        long amount = c.table().jkmLumpSum();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("recipient", heirs.heirRecipient());
        f.pay(ComponentCode.JKM_LUMP_SUM, amount,
                "Santunan sekaligus JKM " + Rupiah.format(amount) + " (" + c.basis() + ").", in);
    }

    private static void jkkLumpSum(PricedClaim c, HeirDecision heirs, Findings f) {
        BenefitTable t = c.table();
        long byWage = Math.multiplyExact(c.wage(), (long) t.disabilityWageMonths() * t.jkkDeathPercent()) / 100;
        long floor = t.jkmLumpSum();
        long amount = Math.max(byWage, floor);
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("wage", c.wage());
        in.put("percent", t.jkkDeathPercent());
        in.put("wageMultiple", t.disabilityWageMonths());
        in.put("formulaResult", byWage);
        in.put("floor", floor);
        in.put("recipient", heirs.heirRecipient());
        String rule = "Santunan kematian JKK " + t.jkkDeathPercent() + "% x " + t.disabilityWageMonths() + " x upah "
                + Rupiah.format(c.wage()) + " = " + Rupiah.format(byWage)
                + (byWage < floor ? ", dinaikkan ke paling sedikit santunan sekaligus JKM " + Rupiah.format(floor) : "")
                + " (" + c.basis() + ").";
        f.pay(ComponentCode.JKK_DEATH_LUMP_SUM, amount, rule, in);
    }

    private static void periodic(PricedClaim c, HeirDecision heirs, Findings f) {
        BenefitTable t = c.table();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("months", t.periodicMonths());
        in.put("perMonth", t.periodicMonthlyAmount());
        in.put("recipient", heirs.heirRecipient());
        f.pay(ComponentCode.PERIODIC_BENEFIT, t.periodicTotal(),
                "Santunan berkala " + t.periodicMonths() + " x " + Rupiah.format(t.periodicMonthlyAmount())
                        + " dibayar sekaligus (" + c.basis() + ").", in);
    }
}
