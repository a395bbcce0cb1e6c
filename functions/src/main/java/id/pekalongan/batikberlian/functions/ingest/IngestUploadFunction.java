package id.pekalongan.batikberlian.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** S3 {@code ObjectCreated} under {@code incoming/} or {@code preflight/} → rows checked, stored, reported back. */
@Component("IngestUpload")
public class IngestUploadFunction implements Function<Message<S3Event>, IngestUploadResult> {

    /** The header under which the AWS adapter hands over Lambda's context. */
    static final String AWS_CONTEXT = "aws-context";

    private final UploadIngestor ingestor;

    public IngestUploadFunction(UploadIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public IngestUploadResult apply(Message<S3Event> message) {
        S3Event event = message.getPayload();
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
            throw new IllegalArgumentException("an S3 event with at least one record is required");
        }
        Object context = message.getHeaders().get(AWS_CONTEXT);
        LongSupplier remaining = context instanceof Context c ? () -> c.getRemainingTimeInMillis()
                : () -> Long.MAX_VALUE;
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            String key = S3Keys.decode(record.getS3().getObject().getKey());
            outcomes.add(ingestor.ingest(bucket, key, remaining));
        }
        return new IngestUploadResult(outcomes);
    }
}
