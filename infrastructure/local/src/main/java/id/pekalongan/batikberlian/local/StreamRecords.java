package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.json.Json;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/** DynamoDB Streams records in the JSON shape Lambda delivers them in a {@code DynamodbEvent}. */
final class StreamRecords {

    private StreamRecords() {
    }

    static ObjectNode toLambda(Record r, String streamArn) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("eventID", r.eventID());
        out.put("eventName", r.eventNameAsString());
        out.put("eventVersion", "1.1");
        out.put("eventSource", "aws:dynamodb");
        out.put("awsRegion", LocalAccount.REGION);
        ObjectNode d = out.putObject("dynamodb");
        var s = r.dynamodb();
        if (s.approximateCreationDateTime() != null) {
            d.put("ApproximateCreationDateTime", s.approximateCreationDateTime().getEpochSecond());
        }
        d.set("Keys", item(s.keys()));
        if (s.hasNewImage()) {
            d.set("NewImage", item(s.newImage()));
        }
        if (s.hasOldImage()) {
            d.set("OldImage", item(s.oldImage()));
        }
        d.put("SequenceNumber", s.sequenceNumber());
        d.put("SizeBytes", s.sizeBytes() == null ? 0 : s.sizeBytes());
        d.put("StreamViewType", s.streamViewTypeAsString());
        out.put("eventSourceARN", streamArn);
        return out;
    }

    static ObjectNode item(Map<String, AttributeValue> item) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        item.forEach((k, v) -> out.set(k, value(v)));
        return out;
    }

    static ObjectNode value(AttributeValue v) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        switch (v.type()) {
            case S -> out.put("S", v.s());
            case N -> out.put("N", v.n());
            case BOOL -> out.put("BOOL", v.bool());
            case NUL -> out.put("NULL", true);
            case B -> out.put("B", base64(v.b()));
            case M -> out.set("M", item(v.m()));
            case L -> {
                ArrayNode list = out.putArray("L");
                v.l().forEach(x -> list.add(value(x)));
            }
            case SS -> strings(out.putArray("SS"), v.ss());
            case NS -> strings(out.putArray("NS"), v.ns());
            case BS -> {
                ArrayNode list = out.putArray("BS");
                v.bs().forEach(b -> list.add(base64(b)));
            }
            default -> throw new IllegalArgumentException("unknown attribute type " + v.type());
        }
        return out;
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private static String base64(SdkBytes bytes) {
        return Base64.getEncoder().encodeToString(bytes.asByteArray());
    }
}
