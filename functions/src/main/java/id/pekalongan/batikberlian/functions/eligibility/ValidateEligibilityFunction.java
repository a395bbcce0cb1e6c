package id.pekalongan.batikberlian.functions.eligibility;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * New {@code PENDING} applicants from the applicants' stream → a decision each. A record that cannot be decided is
 * reported as a batch item failure so that only it, and what follows it, is retried.
 */
@Component("ValidateEligibility")
public class ValidateEligibilityFunction implements Function<DynamodbEvent, StreamsEventResponse> {

    private static final Logger log = LoggerFactory.getLogger(ValidateEligibilityFunction.class);

    private final ApplicantDecider decider;

    public ValidateEligibilityFunction(ApplicantDecider decider) {
        this.decider = decider;
    }

    @Override
    public StreamsEventResponse apply(DynamodbEvent event) {
        if (event == null || event.getRecords() == null) {
            throw new IllegalArgumentException("a DynamoDB stream event with Records is required");
        }
        List<BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            String sequence = record.getDynamodb().getSequenceNumber();
            try {
                var keys = record.getDynamodb().getKeys();
                String nik = keys == null || keys.get("nik") == null ? null : keys.get("nik").getS();
                decider.decide(nik);
            } catch (RuntimeException e) {
                log.warn("{\"event\":\"eligibility_record_failed\",\"sequence\":\"{}\",\"error\":\"{}\"}",
                        sequence, e.getMessage());
                failures.add(new BatchItemFailure(sequence));
            }
        }
        return new StreamsEventResponse(failures);
    }
}
