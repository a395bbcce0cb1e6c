package id.pekalongan.batikberlian.functions.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** A claim (or a simulation) → what the family is owed, with its breakdown. */
@Component("ComputeClaimBenefit")
public class ComputeClaimBenefitFunction implements Function<JsonNode, JsonNode> {

    @Override
    public JsonNode apply(JsonNode request) {
        throw new UnsupportedOperationException("ComputeClaimBenefit is not implemented yet");
    }
}
