package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.storage.Attr;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An upload record as the form lists it. */
final class UploadSummaries {

    static final String INCOMING = "incoming/";

    private UploadSummaries() {
    }

    static ObjectNode summary(Map<String, AttributeValue> item) {
        ObjectNode o = JsonBodies.newObject();
        String key = Attr.string(item, "objectKey");
        o.put("uploadId", Attr.string(item, "uploadId"));
        o.put("fileName", key == null ? null : key.substring(key.lastIndexOf('/') + 1));
        o.put("kelurahanCode", kelurahanCode(item));
        o.put("receivedAt", Attr.string(item, "receivedAt"));
        o.put("status", Attr.string(item, "status"));
        // Quiet for longer than any invocation lives: nobody is working on it; staff may resume it.
        String progress = Attr.string(item, "progressAt") != null ? Attr.string(item, "progressAt")
                : Attr.string(item, "receivedAt");
        o.put("stalled", "PROCESSING".equals(Attr.string(item, "status")) && progress != null
                && java.time.Instant.parse(progress).plus(ResumeUploadRoute.STALLED_AFTER)
                .isBefore(java.time.Instant.now()));
        for (String n : new String[] {"rowsIn", "accepted", "rejected"}) {
            if (item.containsKey(n)) {
                o.put(n, Attr.number(item, n, 0));
            } else {
                o.putNull(n);
            }
        }
        return o;
    }

    /** The record's kelurahan, or, before ingestion has filled it in, the one named by the key's folder. */
    static String kelurahanCode(Map<String, AttributeValue> item) {
        String code = Attr.string(item, "kelurahanCode");
        String key = Attr.string(item, "objectKey");
        if (code == null && key != null && key.startsWith(INCOMING)) {
            int slash = key.indexOf('/', INCOMING.length());
            code = slash < 0 ? null : key.substring(INCOMING.length(), slash);
        }
        return code;
    }
}
