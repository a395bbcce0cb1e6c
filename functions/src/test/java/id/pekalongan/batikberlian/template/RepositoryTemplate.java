package id.pekalongan.batikberlian.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The repository's {@code template.yaml}, read with short-form tags turned into CloudFormation's long form. */
final class RepositoryTemplate {

    static final List<String> FUNCTIONS =
            List.of("IngestUpload", "ValidateEligibility", "RedactExpiredRefusals", "MonthlyPremium",
                    "ComputeClaimBenefit", "Api");

    private static CloudFormationTemplate cached;

    private RepositoryTemplate() {
    }

    /** One row a function, for the checks every function must pass; several classes run them, hence here. */
    static Stream<String> functionNames() {
        return FUNCTIONS.stream();
    }

    /** The repository root: the build passes it as {@code batik.root}; an IDE run finds it by walking up. */
    static Path root() {
        String property = System.getProperty("batik.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found: set -Dbatik.root");
    }

    static Path templateFile() {
        return root().resolve("template.yaml");
    }

    /** The public SAM schema lives beside the repository, never inside it. */
    static Path samSchemaFile() {
        return root().resolve("..").resolve("shared").resolve("sam").resolve("sam.schema.json").normalize();
    }

    static synchronized CloudFormationTemplate template() {
        if (cached == null) {
            cached = CloudFormationTemplate.fromFile(templateFile(), Map.of());
        }
        return cached;
    }

    static JsonNode root(String section) {
        return template().root().path(section);
    }

    static JsonNode resource(String logicalId) {
        return template().resource(logicalId);
    }

    static JsonNode properties(String logicalId) {
        return resource(logicalId).path("Properties");
    }

    static JsonNode globalFunction() {
        return root("Globals").path("Function");
    }

    /**
     * A function property as SAM deploys it: its own value, else the one from {@code Globals.Function}; maps given in
     * both places are merged, the function's keys winning.
     */
    static JsonNode effective(String function, String property) {
        return merge(globalFunction().path(property), properties(function).path(property));
    }

    private static JsonNode merge(JsonNode global, JsonNode own) {
        if (own.isMissingNode()) {
            return global;
        }
        if (!global.isObject() || !own.isObject()) {
            return own;
        }
        ObjectNode merged = global.deepCopy();
        own.fields().forEachRemaining(f -> merged.set(f.getKey(), merge(global.path(f.getKey()), f.getValue())));
        return merged;
    }

    static Optional<String> environmentVariable(String function, String name) {
        JsonNode value = effective(function, "Environment").path("Variables").path(name);
        return value.isMissingNode() ? Optional.empty() : Optional.of(value.isValueNode() ? value.asText() : value.toString());
    }

    /** The function's event sources of one SAM event type, by event name. */
    static Map<String, JsonNode> events(String function, String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        properties(function).path("Events").fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                found.put(e.getKey(), e.getValue().path("Properties"));
            }
        });
        return found;
    }

    static boolean isRef(JsonNode node, String target) {
        return node != null && target.equals(node.path("Ref").asText(null));
    }

    static boolean isGetAtt(JsonNode node, String target, String attribute) {
        JsonNode args = node == null ? null : node.get("Fn::GetAtt");
        return args != null && args.isArray() && args.size() == 2
                && target.equals(args.get(0).asText()) && attribute.equals(args.get(1).asText());
    }

    /** A scalar or a list, as a list of nodes (IAM accepts both for Action and Resource). */
    static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }
}
