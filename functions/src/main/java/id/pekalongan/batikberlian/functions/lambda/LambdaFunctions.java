package id.pekalongan.batikberlian.functions.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.functions.api.ApiFunction;
import id.pekalongan.batikberlian.functions.claims.ComputeClaimBenefitFunction;
import id.pekalongan.batikberlian.functions.eligibility.EligibilityEvents;
import id.pekalongan.batikberlian.functions.eligibility.ValidateEligibilityFunction;
import id.pekalongan.batikberlian.functions.ingest.IngestEvents;
import id.pekalongan.batikberlian.functions.ingest.IngestUploadFunction;
import id.pekalongan.batikberlian.functions.ingest.IngestUploadResult;
import id.pekalongan.batikberlian.functions.premium.BillingRunSummary;
import id.pekalongan.batikberlian.functions.premium.BillingTrigger;
import id.pekalongan.batikberlian.functions.premium.MonthlyPremiumFunction;
import id.pekalongan.batikberlian.functions.retention.RedactExpiredRefusalsFunction;
import id.pekalongan.batikberlian.functions.retention.RedactionResult;
import id.pekalongan.batikberlian.functions.retention.RetentionEvents;
import id.pekalongan.batikberlian.json.Json;
import java.io.InputStream;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The six functions {@code template.yaml} deploys, by their logical ids, as {@code FunctionInvoker} finds them
 * through {@code SPRING_CLOUD_FUNCTION_DEFINITION}. Each takes the invocation's raw bytes and reads them as one
 * event ({@link OneEvent}), so the invoker never converts, splits or re-reads an event itself; a function that
 * accepts more than one shape has a decoder that turns the event into one of its typed requests, or refuses it
 * naming the shapes it accepts ({@link RefusedEvent}); the typed classes behind them do the work.
 */
@Configuration(proxyBeanMethods = false)
public class LambdaFunctions {

    /** The logical ids, which are also the bean names; nothing else is a function in the catalog. */
    public static final java.util.List<String> NAMES = java.util.List.of(
            "IngestUpload", "ValidateEligibility", "RedactExpiredRefusals", "MonthlyPremium", "ComputeClaimBenefit",
            "Api");

    @Bean("Api")
    public Function<Message<InputStream>, APIGatewayV2HTTPResponse> api(ApiFunction api) {
        return message -> {
            APIGatewayV2HTTPEvent event;
            try {
                event = GatewayEvents.read(OneEvent.read(message.getPayload()));
            } catch (OneEvent.NotOneEvent e) {
                return api.refusedEvent(e.code());
            }
            return api.apply(event);
        };
    }

    @Bean("IngestUpload")
    public Function<Message<InputStream>, IngestUploadResult> ingestUpload(IngestUploadFunction ingest) {
        return message -> ingest.apply(IngestEvents.decode(OneEvent.read(message.getPayload())),
                IngestUploadFunction.lambdaContext(message));
    }

    @Bean("ValidateEligibility")
    public Function<Message<InputStream>, Object> validateEligibility(ValidateEligibilityFunction eligibility) {
        return message -> eligibility.apply(EligibilityEvents.decode(OneEvent.read(message.getPayload())));
    }

    @Bean("RedactExpiredRefusals")
    public Function<Message<InputStream>, RedactionResult> redactExpiredRefusals(
            RedactExpiredRefusalsFunction redaction) {
        return message -> redaction.apply(RetentionEvents.decode(OneEvent.read(message.getPayload())));
    }

    @Bean("MonthlyPremium")
    public Function<Message<InputStream>, BillingRunSummary> monthlyPremium(MonthlyPremiumFunction premium) {
        return message -> premium.apply(Json.MAPPER.convertValue(OneEvent.read(message.getPayload()),
                BillingTrigger.class));
    }

    @Bean("ComputeClaimBenefit")
    public Function<Message<InputStream>, JsonNode> computeClaimBenefit(ComputeClaimBenefitFunction claims) {
        return message -> claims.apply(OneEvent.read(message.getPayload()));
    }
}
