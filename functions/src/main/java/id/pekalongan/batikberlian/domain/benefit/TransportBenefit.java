package id.pekalongan.batikberlian.domain.benefit;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Transport of the injured participant: spending summed per ceiling group, each group capped on its own. */
final class TransportBenefit {

    private TransportBenefit() {
    }

    static void apply(PricedClaim c, Findings f) {
        Map<TransportCapClass, Long> spent = new EnumMap<>(TransportCapClass.class);
        Map<TransportCapClass, Set<String>> modes = new EnumMap<>(TransportCapClass.class);
        for (TransportLeg leg : c.request().transport().legs()) {
            TransportCapClass group = TransportMode.parse(leg.mode()).capClass();
            spent.merge(group, leg.amount(), Math::addExact);
            modes.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(leg.mode());
        }
        for (Map.Entry<TransportCapClass, Long> e : spent.entrySet()) {
            TransportCapClass group = e.getKey();
            long cap = c.table().transportCap(group);
            long paid = Math.min(e.getValue(), cap);
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("modes", String.join(",", modes.get(group)));
            in.put("cost", e.getValue());
            in.put("cap", cap);
            f.pay(ComponentCode.transport(group), paid, "Biaya transportasi " + group.label() + " paling banyak "
                    + Rupiah.format(cap) + "; batas tiap moda yang dipakai dijumlahkan (" + c.basis() + ").", in);
            if (e.getValue() > cap) {
                f.refuse(NotPayableCode.TRANSPORT_ABOVE_CAP, "Biaya transportasi " + group.label() + " "
                        + Rupiah.format(e.getValue()) + " melebihi batas " + Rupiah.format(cap) + "; kelebihan "
                        + Rupiah.format(e.getValue() - cap) + " tidak dibayarkan.");
            }
        }
    }
}
