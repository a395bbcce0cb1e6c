package id.pekalongan.batikberlian.functions.eligibility;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;

/**
 * A batch from the applicants table's stream, already filtered by the event source mapping to rows that became
 * {@code PENDING}: {@code {"Records":[…]}}, decoded with Lambda's own event serialization.
 */
public record PendingApplicants(DynamodbEvent event) implements EligibilityRequest {

    public PendingApplicants {
        if (event == null || event.getRecords() == null) {
            throw new IllegalArgumentException("a stream batch needs its Records");
        }
    }
}
