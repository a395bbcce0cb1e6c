package id.pekalongan.batikberlian.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.springframework.core.env.Environment;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Ingests uploads, asked in one of two ways ({@link IngestRequest}; {@link IngestEvents} reads the event):
 * <ul>
 *   <li>{@link UploadNotification}: S3 {@code ObjectCreated} under {@code incoming/} or {@code preflight/} → rows
 *       checked, stored, reported back;</li>
 *   <li>{@link Continuation}, which this function sends itself when a long file outlasts an invocation: the file
 *       carries on from its checkpoint.</li>
 * </ul>
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

    /** The event as the adapter hands it over, Lambda's context in its headers. */
    public IngestUploadResult apply(Message<JsonNode> message) {
        return apply(IngestEvents.decode(message.getPayload()), lambdaContext(message));
    }

    /** @param context Lambda's, for the time left and the function's own name; null outside Lambda */
    public IngestUploadResult apply(IngestRequest request, Context context) {
        LongSupplier remaining = context != null ? () -> context.getRemainingTimeInMillis() : () -> Long.MAX_VALUE;
        Consumer<Continuation> handoff = handoff(context);
        if (request instanceof Continuation continuation) {
            return new IngestUploadResult(List.of(ingestor.resume(continuation, remaining, handoff)));
        }
        if (request instanceof UploadNotification notification) {
            List<UploadOutcome> outcomes = new ArrayList<>();
            for (S3EventNotificationRecord record : notification.event().getRecords()) {
                String bucket = record.getS3().getBucket().getName();
                String key = S3Keys.decode(record.getS3().getObject().getKey());
                outcomes.add(ingestor.ingest(bucket, key, remaining, handoff));
            }
            return new IngestUploadResult(outcomes);
        }
        throw new IllegalStateException("an IngestRequest of no known kind: " + request.getClass().getName());
    }

    public static Context lambdaContext(Message<?> message) {
        return message.getHeaders().get(AWS_CONTEXT) instanceof Context c ? c : null;
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
}
