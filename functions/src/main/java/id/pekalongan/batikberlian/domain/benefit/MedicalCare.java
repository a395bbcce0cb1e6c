package id.pekalongan.batikberlian.domain.benefit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Medical care after a work accident has no ceiling: the cost is recorded as billed, never capped. */
final class MedicalCare {

    private MedicalCare() {
    }

    static void apply(PricedClaim c, Findings f) {
        long cost = c.request().medicalCost();
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("cost", cost);
        f.pay(ComponentCode.MEDICAL_CARE, cost, "Pelayanan kesehatan akibat kecelakaan kerja sesuai kebutuhan medis "
                + "tanpa batas biaya; dicatat, tidak dibatasi, dan tidak termasuk totalCash (" + c.basis() + ").", in);
    }
}
