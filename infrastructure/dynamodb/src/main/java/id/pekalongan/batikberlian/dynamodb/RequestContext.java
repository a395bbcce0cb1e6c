package id.pekalongan.batikberlian.dynamodb;

/**
 * What a request carries beside its body: the region the client signed for (ARNs are answered in it, though there
 * is one database whatever the region) and the address it reached us on.
 */
record RequestContext(String region, int port) {

    static final String DEFAULT_REGION = "ap-southeast-3";
    static final String ACCOUNT = "000000000000";

    static RequestContext of(String authorization, int port) {
        String region = DEFAULT_REGION;
        if (authorization != null) {
            // Credential=KEY/DATE/REGION/SERVICE/aws4_request
            int c = authorization.indexOf("Credential=");
            int first = c < 0 ? -1 : authorization.indexOf('/', c);
            int second = first < 0 ? -1 : authorization.indexOf('/', first + 1);
            int third = second < 0 ? -1 : authorization.indexOf('/', second + 1);
            if (third > second + 1) {
                region = authorization.substring(second + 1, third);
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
