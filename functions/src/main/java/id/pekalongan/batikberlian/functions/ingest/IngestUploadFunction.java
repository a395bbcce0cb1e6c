package id.pekalongan.batikberlian.functions.ingest;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** S3 {@code ObjectCreated} under {@code incoming/} or {@code preflight/} → the upload is read and recorded. */
@Component("IngestUpload")
public class IngestUploadFunction implements Function<S3Event, IngestUploadResult> {

    private final UploadReceiver receiver;

    public IngestUploadFunction(UploadReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public IngestUploadResult apply(S3Event event) {
        if (event == null || event.getRecords() == null || event.getRecords().isEmpty()) {
            throw new IllegalArgumentException("an S3 event with at least one record is required");
        }
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            String key = S3Keys.decode(record.getS3().getObject().getKey());
            outcomes.add(receiver.receive(bucket, key));
        }
        return new IngestUploadResult(outcomes);
    }
}
