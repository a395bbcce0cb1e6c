package id.pekalongan.batikberlian.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Two doors into the same ingestion:
 * <ul>
 *   <li>S3 {@code ObjectCreated} under {@code incoming/} or {@code preflight/} → rows checked, stored, reported
 *       back;</li>
 *   <li>{@code {"continueUpload":{"bucket":…,"key":…,"uploadId":…,"hop":N}}} ({@link Continuation}), which this
 *       function sends itself when a long file outlasts an invocation: the file carries on from its checkpoint.</li>
 * </ul>
 * The event is taken as JSON and decoded here — the S3 notification with Lambda's own event serialization, as the
 * runtime would — because one input type has to admit both shapes.
 */
@Component
public class IngestUploadFunction {

    /** The header under which the AWS adapter hands over Lambda's context. */
    static final String AWS_CONTEXT = "aws-context";
    /** The function's own name, as Lambda sets it, for when no context came with the event. */
    static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    private final UploadIngestor ingestor;
    private final SelfInvoker selfInvoker;
    private final String functionNameFromEnvironment;

    @org.springframework.beans.factory.annotation.Autowired
    public IngestUploadFunction(UploadIngestor ingestor, SelfInvoker selfInvoker, Environment env) {
        this(ingestor, selfInvoker, env.getProperty(FUNCTION_NAME));
    }

    IngestUploadFunction(UploadIngestor ingestor, SelfInvoker selfInvoker, String functionName) {
        this.ingestor = ingestor;
        this.selfInvoker = selfInvoker;
        this.functionNameFromEnvironment = functionName;
    }

    public IngestUploadResult apply(Message<JsonNode> message) {
        JsonNode event = message.getPayload();
        Context context = message.getHeaders().get(AWS_CONTEXT) instanceof Context c ? c : null;
        LongSupplier remaining = context != null ? () -> context.getRemainingTimeInMillis() : () -> Long.MAX_VALUE;
        Consumer<Continuation> handoff = handoff(context);
        if (Continuation.isContinuation(event)) {
            return new IngestUploadResult(List.of(ingestor.resume(Continuation.fromEvent(event), remaining,
                    handoff)));
        }
        S3Event s3Event = s3Event(event);
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (S3EventNotificationRecord record : s3Event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            String key = S3Keys.decode(record.getS3().getObject().getKey());
            outcomes.add(ingestor.ingest(bucket, key, remaining, handoff));
        }
        return new IngestUploadResult(outcomes);
    }

    /** Sends the continuation to this same function; without a name to send it to, the retry has to finish. */
    private Consumer<Continuation> handoff(Context context) {
        String name = context != null && context.getFunctionName() != null ? context.getFunctionName()
                : functionNameFromEnvironment;
        if (name == null || name.isBlank()) {
            return null;
        }
        return next -> selfInvoker.invokeAsync(name, next.toEvent());
    }

    private static S3Event s3Event(JsonNode event) {
        if (event == null || !event.path("Records").isArray() || event.path("Records").isEmpty()) {
            throw new IllegalArgumentException("an S3 event with at least one record, or {\"continueUpload\":{…}},"
                    + " is required");
        }
        return LambdaEventSerializers.serializerFor(S3Event.class, IngestUploadFunction.class.getClassLoader())
                .fromJson(event.toString());
    }
}
