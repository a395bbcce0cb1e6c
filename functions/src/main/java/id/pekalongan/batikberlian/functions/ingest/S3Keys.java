package id.pekalongan.batikberlian.functions.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** S3 notifications carry object keys form-encoded: a space arrives as {@code +}, a parenthesis as {@code %28}. */
public final class S3Keys {

    private S3Keys() {
    }

    public static String decode(String notificationKey) {
        return URLDecoder.decode(notificationKey, StandardCharsets.UTF_8);
    }
}
