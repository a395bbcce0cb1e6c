package id.pekalongan.batikberlian.domain.benefit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What was spent carrying the injured participant, per leg and mode:
 * <pre>{@code
 * {"legs": [{"mode": "LAND", "amount": 750000}, {"mode": "SEA", "amount": 2500000}]}
 * }</pre>
 * Modes: LAND, RIVER, LAKE (one shared ceiling), SEA, AIR. Legs of one ceiling group are summed before capping.
 */
public record TransportInput(List<TransportLeg> legs) {

    public TransportInput {
        legs = legs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(legs));
    }
}
