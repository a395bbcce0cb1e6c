package id.pekalongan.batikberlian.dynamodb;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request carries beside its body: the region the client signed for (ARNs are answered in it, though there
 * is one database whatever the region) and the address it reached us on.
 */
record RequestContext(String region, int port) {

    static final String DEFAULT_REGION = "ap-southeast-3";
    static final String ACCOUNT = "000000000000";
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=[^/]*/[^/]*/([^/]+)/");

    static RequestContext of(String authorization, int port) {
        String region = DEFAULT_REGION;
        if (authorization != null) {
            Matcher m = CREDENTIAL.matcher(authorization);
            if (m.find()) {
                region = m.group(1);
            }
        }
        return new RequestContext(region, port);
    }

    String tableArn(String table) {
        return "arn:aws:dynamodb:" + region + ":" + ACCOUNT + ":table/" + table;
    }

    String streamArn(String table, String label) {
        return tableArn(table) + "/stream/" + label;
    }
}
