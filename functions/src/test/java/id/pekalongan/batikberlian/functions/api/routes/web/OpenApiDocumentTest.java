package id.pekalongan.batikberlian.functions.api.routes.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.functions.api.Route;
import id.pekalongan.batikberlian.functions.api.routes.web.HttpEvents.As;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document, template.yaml's HttpApi routes of the Api function and the Route beans must name
 * the same routes: a route added in one place and forgotten in another fails here.
 */
class OpenApiDocumentTest {

    static Set<String> templateRoutes() {
        CloudFormationTemplate template = CloudFormationTemplate.fromFile(
                Path.of(System.getProperty("batik.root", "..")).resolve("template.yaml"), Map.of("Stage", "test"));
        Set<String> keys = new TreeSet<>();
        template.resource("Api").path("Properties").path("Events").forEach(event -> {
            if ("HttpApi".equals(event.path("Type").asText())) {
                JsonNode p = event.path("Properties");
                keys.add(p.path("Method").asText().toUpperCase(Locale.ROOT) + " " + p.path("Path").asText());
            }
        });
        return keys;
    }

    static JsonNode document() {
        HttpEvents.Answer a = HttpEvents.get(As.PUBLIC, "GET /openapi.json", "/openapi.json", Map.of());
        assertThat(a.status()).isEqualTo(200);
        return a.json();
    }

    @Test
    void theDocumentListsExactlyTheTemplatesRoutes() {
        JsonNode doc = document();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> template = templateRoutes();
        assertThat(template).hasSize(22);
        assertThat(documented).isEqualTo(template);
    }

    @Test
    void everyOperationDescribesItsAnswersAndPublicRoutesNeedNoToken() {
        Set<String> publicRoutes = Set.of("GET /", "GET /ui/{proxy+}", "POST /status", "POST /claims/simulate",
                "GET /openapi.json", "GET /uploads/template.csv", "GET /uploads/template.xlsx");
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String key = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            assertThat(op.getValue().path("responses").size()).as(key).isPositive();
            boolean open = op.getValue().has("security") && op.getValue().path("security").isEmpty();
            assertThat(open).as(key + " public").isEqualTo(publicRoutes.contains(key));
            if (op.getKey().equals("post") || op.getKey().equals("put")) {
                boolean hasBody = op.getValue().has("requestBody");
                boolean actionOnly = path.getKey().endsWith("/approve") || path.getKey().endsWith("/pay")
                        || path.getKey().endsWith("/resume");
                assertThat(hasBody || actionOnly).as(key + " request body").isTrue();
            }
        }));
    }

    /** Fails while a route of the template has no Route bean on this branch (routes written in other branches). */
    @Test
    void everyTemplateRouteHasARouteBean() {
        Set<String> beans = new TreeSet<>();
        FunctionsApp.context().getBeansOfType(Route.class).values().forEach(r -> beans.add(r.routeKey()));
        assertThat(beans).containsAll(templateRoutes());
        assertThat(templateRoutes()).containsAll(beans);
    }
}
