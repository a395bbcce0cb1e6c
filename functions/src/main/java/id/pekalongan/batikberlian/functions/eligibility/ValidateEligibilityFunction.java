package id.pekalongan.batikberlian.functions.eligibility;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.storage.Retention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Two doors into the same decisions:
 * <ul>
 *   <li>a {@code DynamodbEvent} batch of applicants who became {@code PENDING} (new, or reopened), answered with a
 *       partial batch failure so that one bad record never blocks or repeats the others;</li>
 *   <li>{@code {"reevaluate": {"kelurahan": "33.75.01.1004"}}} (or {@code {}} for everyone), which reopens refused
 *       applicants so the stream judges them again under today's rules and reference data;</li>
 *   <li>{@code {"retention": {}}}, which redacts applicants refused longer ago than {@code RETENTION_DAYS} down to a
 *       salted NIK hash and their reason codes (see {@link Retention}); answered {@code {"redacted": n}}.</li>
 * </ul>
 */
@Component
public class ValidateEligibilityFunction {

    private static final Logger log = LoggerFactory.getLogger(ValidateEligibilityFunction.class);

    private final EligibilityService service;
    private final ObjectProvider<Retention> retention;

    public ValidateEligibilityFunction(EligibilityService service, ObjectProvider<Retention> retention) {
        this.service = service;
        this.retention = retention;
    }

    public Object apply(JsonNode input) {
        if (input != null && input.has("reevaluate")) {
            JsonNode k = input.get("reevaluate").get("kelurahan");
            int reopened = service.reevaluate(k == null || k.isNull() || k.asText().isBlank() ? null : k.asText());
            return Map.of("reopened", reopened);
        }
        if (input != null && input.has("retention")) {
            int redacted = retention.getObject().redactExpired(LocalDate.now(Jakarta.ZONE));
            return Map.of("redacted", redacted);
        }
        if (input == null || !input.has("Records")) {
            throw new IllegalArgumentException(
                    "expected a DynamoDB stream event (Records) or {\"reevaluate\":{\"kelurahan\":…}}");
        }
        DynamodbEvent event = LambdaEventSerializers.serializerFor(DynamodbEvent.class,
                ValidateEligibilityFunction.class.getClassLoader()).fromJson(input.toString());
        return handle(event);
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
                log.warn("{\"event\":\"eligibility_record_failed\",\"sequence\":\"{}\",\"error\":\"{}\"}",
                        sequence, e.getClass().getSimpleName());
                failures.add(new BatchItemFailure(sequence));
            }
        }
        return new StreamsEventResponse(failures);
    }
}
