package id.pekalongan.batikberlian.testing;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** AWS event JSON as the services send it, turned into the event types the way Lambda's runtime does. */
public final class AwsEvents {

    private AwsEvents() {
    }

    /** The notification S3 sends for a put: the key form-encoded (space as {@code +}), slashes kept. */
    public static String s3ObjectCreatedJson(String bucket, String key, long size) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"ap-southeast-3",
                "eventTime":"2024-06-03T02:15:00.123Z","eventName":"ObjectCreated:Put",
                "userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},"requestParameters":{"sourceIPAddress":"10.0.0.1"},
                "responseElements":{"x-amz-request-id":"C3D13FE58DE4C810","x-amz-id-2":"FMyUVURIY8"},
                "s3":{"s3SchemaVersion":"1.0","configurationId":"IngestUploadIncoming",
                "bucket":{"name":"%s","ownerIdentity":{"principalId":"A3NL1KOZZKExample"},"arn":"arn:aws:s3:::%s"},
                "object":{"key":"%s","size":%d,"eTag":"d41d8cd98f00b204e9800998ecf8427e","sequencer":"0055AED6DCD90281E5"}}}]}
                """.formatted(bucket, bucket, encodeKey(key), size);
    }

    public static S3Event s3ObjectCreated(String bucket, String key, long size) {
        return LambdaEventSerializers.serializerFor(S3Event.class, AwsEvents.class.getClassLoader())
                .fromJson(s3ObjectCreatedJson(bucket, key, size));
    }

    /** The notification as the function receives it from the adapter: the JSON, in a message. */
    public static Message<JsonNode> s3ObjectCreatedMessage(String bucket, String key, long size) {
        return message(s3ObjectCreatedJson(bucket, key, size));
    }

    public static Message<JsonNode> message(String json) {
        try {
            return MessageBuilder.withPayload(new ObjectMapper().readTree(json)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String encodeKey(String key) {
        List<String> parts = new ArrayList<>();
        for (String segment : key.split("/", -1)) {
            parts.add(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", parts);
    }
}
