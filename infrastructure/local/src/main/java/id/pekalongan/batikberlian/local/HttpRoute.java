package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code HttpApi} route of the template: method, path template, target function, and whether a JWT is needed. */
record HttpRoute(String method, String path, String function, boolean needsJwt) {

    String routeKey() {
        return method + " " + path;
    }

    /** The path parameters when {@code rawPath} fits this route's template, or null. */
    Map<String, String> match(String rawPath) {
        String[] want = path.split("/", -1);
        String[] got = rawPath.split("/", -1);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            String w = want[i];
            if (w.startsWith("{") && w.endsWith("+}")) {
                if (i >= got.length) {
                    return null;
                }
                String rest = String.join("/", java.util.Arrays.copyOfRange(got, i, got.length));
                if (rest.isEmpty()) {
                    return null;
                }
                params.put(w.substring(1, w.length() - 2), rest);
                return params;
            }
            if (i >= got.length) {
                return null;
            }
            if (w.startsWith("{") && w.endsWith("}")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                params.put(w.substring(1, w.length() - 1), java.net.URLDecoder.decode(got[i],
                        java.nio.charset.StandardCharsets.UTF_8));
            } else if (!w.equals(got[i])) {
                return null;
            }
        }
        return want.length == got.length ? params : null;
    }

    /** Routes in API Gateway's order of preference: literal paths before parameters, greedy ones last. */
    static List<HttpRoute> fromTemplate(CloudFormationTemplate template) {
        List<HttpRoute> routes = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((function, resource) ->
                resource.path("Properties").path("Events").fields().forEachRemaining(e -> {
                    if (!"HttpApi".equals(e.getValue().path("Type").asText())) {
                        return;
                    }
                    JsonNode p = e.getValue().path("Properties");
                    boolean open = "NONE".equals(p.path("Auth").path("Authorizer").asText());
                    routes.add(new HttpRoute(p.path("Method").asText("ANY").toUpperCase(), p.path("Path").asText(),
                            function, !open));
                }));
        routes.sort(Comparator.comparingInt(HttpRoute::specificity));
        return routes;
    }

    private int specificity() {
        return path.contains("+}") ? 2 : path.contains("{") ? 1 : 0;
    }
}
