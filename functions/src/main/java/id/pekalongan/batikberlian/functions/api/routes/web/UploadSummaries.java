package id.pekalongan.batikberlian.functions.api.routes.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An upload record as the form lists it. */
final class UploadSummaries {

    static final String INCOMING = "incoming/";

    private UploadSummaries() {
    }

    static ObjectNode summary(Map<String, Object> item) {
        ObjectNode o = JsonBodies.newObject();
        String key = text(item, "objectKey");
        o.put("uploadId", text(item, "uploadId"));
        o.put("fileName", key == null ? null : key.substring(key.lastIndexOf('/') + 1));
        o.put("kelurahanCode", kelurahanCode(item));
        o.put("receivedAt", text(item, "receivedAt"));
        o.put("status", text(item, "status"));
        // Quiet for longer than any invocation lives: nobody is working on it; staff may resume it.
        String progress = text(item, "progressAt") != null ? text(item, "progressAt")
                : text(item, "receivedAt");
        o.put("stalled", "PROCESSING".equals(text(item, "status")) && progress != null
                && java.time.Instant.parse(progress).plus(ResumeUploadRoute.STALLED_AFTER)
                .isBefore(java.time.Instant.now()));
        for (String n : new String[] {"rowsIn", "accepted", "rejected"}) {
            if (item.containsKey(n)) {
                o.put(n, number(item, n));
            } else {
                o.putNull(n);
            }
        }
        return o;
    }

    /** The record's kelurahan, or, before ingestion has filled it in, the one named by the key's folder. */
    static String kelurahanCode(Map<String, Object> item) {
        String code = text(item, "kelurahanCode");
        String key = text(item, "objectKey");
        if (code == null && key != null && key.startsWith(INCOMING)) {
            int slash = key.indexOf('/', INCOMING.length());
            code = slash < 0 ? null : key.substring(INCOMING.length(), slash);
        }
        return code;
    }

    /** A text attribute of a plain upload item, or null. */
    static String text(Map<String, Object> item, String name) {
        return item.get(name) instanceof String s ? s : null;
    }

    /** A number attribute of a plain upload item, or 0. */
    static long number(Map<String, Object> item, String name) {
        return item.get(name) instanceof Number n ? n.longValue() : 0;
    }
}
