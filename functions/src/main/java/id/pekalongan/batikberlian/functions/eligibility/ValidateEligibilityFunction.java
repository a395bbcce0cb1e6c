package id.pekalongan.batikberlian.functions.eligibility;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides applicants, asked in one of two ways ({@link EligibilityRequest}; {@link EligibilityEvents} reads the
 * event):
 * <ul>
 *   <li>{@link PendingApplicants}, a stream batch of applicants who became {@code PENDING} (new, or reopened),
 *       answered with a partial batch failure so that one bad record never blocks or repeats the others;</li>
 *   <li>{@link ReevaluateRequest}, which reopens refused applicants so the stream judges them again under today's
 *       rules and reference data; answered {@code {"reopened": n}}.</li>
 * </ul>
 * Redacting old refusals is not this function's job: that is {@code RedactExpiredRefusals}, on a schedule of its own.
 */
@Component
public class ValidateEligibilityFunction {

    private static final Logger log = LoggerFactory.getLogger(ValidateEligibilityFunction.class);

    private final EligibilityService service;

    public ValidateEligibilityFunction(EligibilityService service) {
        this.service = service;
    }

    public Object apply(EligibilityRequest request) {
        if (request instanceof PendingApplicants pending) {
            return handle(pending.event());
        }
        if (request instanceof ReevaluateRequest reevaluate) {
            return new ReevaluateResult(service.reevaluate(reevaluate.kelurahan()));
        }
        throw new IllegalStateException("an EligibilityRequest of no known kind: " + request.getClass().getName());
    }

    public StreamsEventResponse handle(DynamodbEvent event) {
        List<BatchItemFailure> failures = new ArrayList<>();
        BatchSettings settings = service.settings();
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            String sequence = record.getDynamodb().getSequenceNumber();
            try {
                var keys = record.getDynamodb().getKeys();
                String nik = keys == null || keys.get("nik") == null ? null : keys.get("nik").getS();
                service.decide(nik, settings);
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("event", "eligibility_record_failed").addKeyValue("sequence", sequence)
                        .addKeyValue("error", e.getClass().getSimpleName()).log("stream record failed");
                failures.add(new BatchItemFailure(sequence));
            }
        }
        return new StreamsEventResponse(failures);
    }
}
