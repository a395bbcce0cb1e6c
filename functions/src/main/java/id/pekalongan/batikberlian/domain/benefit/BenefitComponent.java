package id.pekalongan.batikberlian.domain.benefit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a priced claim: a stable code, whole-rupiah amount, the rule applied (Bahasa Indonesia, citing the
 * regulation), the inputs it used, and the benefit table version that priced it.
 */
public record BenefitComponent(String code, long amount, String rule, Map<String, Object> inputs, String tableVersion) {

    public BenefitComponent {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
