package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.emulators.ObjectCreated;
import id.pekalongan.batikberlian.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bucket notifications of {@code template.yaml} ({@code Type: S3} events): a created object that matches a
 * rule becomes an {@code S3Event} shaped as S3 sends it, delivered asynchronously to the function.
 */
final class S3Notifications {

    record Rule(String function, String bucket, List<String> events, String prefix, String suffix, String id) {

        boolean matches(ObjectCreated created) {
            return bucket.equals(created.bucket())
                    && created.key().startsWith(prefix)
                    && created.key().endsWith(suffix)
                    && events.stream().anyMatch(e -> eventMatches(e, created.eventName()));
        }

        private static boolean eventMatches(String pattern, String eventName) {
            String p = pattern.startsWith("s3:") ? pattern.substring(3) : pattern;
            return p.endsWith("*") ? eventName.startsWith(p.substring(0, p.length() - 1)) : p.equals(eventName);
        }
    }

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ISO_INSTANT;

    private final List<Rule> rules;
    private final AsyncInvoker async;
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() * 1000);

    S3Notifications(List<Rule> rules, AsyncInvoker async) {
        this.rules = rules;
        this.async = async;
    }

    static List<Rule> fromTemplate(CloudFormationTemplate template) {
        List<Rule> rules = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((function, resource) ->
                resource.path("Properties").path("Events").fields().forEachRemaining(e -> {
                    JsonNode event = e.getValue();
                    if (!"S3".equals(event.path("Type").asText())) {
                        return;
                    }
                    JsonNode p = event.path("Properties");
                    List<String> events = new ArrayList<>();
                    if (p.path("Events").isArray()) {
                        p.path("Events").forEach(x -> events.add(x.asText()));
                    } else {
                        events.add(p.path("Events").asText());
                    }
                    String prefix = "";
                    String suffix = "";
                    for (JsonNode r : p.path("Filter").path("S3Key").path("Rules")) {
                        if ("prefix".equalsIgnoreCase(r.path("Name").asText())) {
                            prefix = r.path("Value").asText();
                        } else if ("suffix".equalsIgnoreCase(r.path("Name").asText())) {
                            suffix = r.path("Value").asText();
                        }
                    }
                    rules.add(new Rule(function, template.resolve(p.get("Bucket")), events, prefix, suffix,
                            function + e.getKey()));
                }));
        return rules;
    }

    List<Rule> rules() {
        return rules;
    }

    /** @return how many functions were notified */
    int objectCreated(ObjectCreated created) {
        int notified = 0;
        for (Rule rule : rules) {
            if (rule.matches(created)) {
                async.submit(rule.function(), event(created, rule.id()).toString().getBytes(StandardCharsets.UTF_8),
                        "s3://" + created.bucket() + "/" + created.key());
                notified++;
            }
        }
        return notified;
    }

    ObjectNode event(ObjectCreated created, String configurationId) {
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", LocalAccount.REGION);
        record.put("eventTime", EVENT_TIME.format(created.time().truncatedTo(ChronoUnit.MILLIS)));
        record.put("eventName", created.eventName());
        record.putObject("userIdentity").put("principalId", "AWS:LOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode response = record.putObject("responseElements");
        response.put("x-amz-request-id", UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
        response.put("x-amz-id-2", UUID.randomUUID().toString());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", configurationId);
        ObjectNode bucket = s3.putObject("bucket");
        bucket.put("name", created.bucket());
        bucket.putObject("ownerIdentity").put("principalId", "LOCAL");
        bucket.put("arn", "arn:aws:s3:::" + created.bucket());
        ObjectNode object = s3.putObject("object");
        object.put("key", encodeKey(created.key()));
        object.put("size", created.size());
        object.put("eTag", created.eTag());
        if (created.versionId() != null && !created.versionId().isBlank() && !"null".equals(created.versionId())) {
            object.put("versionId", created.versionId());
        }
        object.put("sequencer", String.format("%016X", sequencer.incrementAndGet()));
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("Records").add(record);
        return root;
    }

    /** S3 form-encodes keys in notifications (space as {@code +}) but leaves the {@code /} separators alone. */
    static String encodeKey(String key) {
        StringBuilder out = new StringBuilder();
        String[] segments = key.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
