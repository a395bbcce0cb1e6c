package id.pekalongan.batikberlian.domain.benefit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The permanent partial disabilities found by the examining doctor, one item per body part:
 * <pre>{@code
 * {"items": [
 *   {"code": "EYE_ONE"},                                   // anatomical loss: table % × 80 × wage
 *   {"code": "HAND_RIGHT_WRIST", "functionalLossPercent": 40}  // functional: 40% × table % × 80 × wage
 * ]}
 * }</pre>
 * Codes are those of the disability table in force on the incident date ({@link DisabilityTable}).
 */
public record DisabilityInput(List<DisabilityItemInput> items) {

    public DisabilityInput {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
