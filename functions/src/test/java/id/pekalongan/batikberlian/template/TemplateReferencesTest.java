package id.pekalongan.batikberlian.template;

import static id.pekalongan.batikberlian.template.RepositoryTemplate.events;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.isRef;
import static id.pekalongan.batikberlian.template.RepositoryTemplate.properties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References between the template's parts: each names something that exists, and none closes a cycle that
 * CloudFormation would refuse to deploy.
 */
class TemplateReferencesTest {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    @Test
    void everyReferenceNamesAParameterOrAResource() {
        Set<String> known = new TreeSet<>();
        RepositoryTemplate.root("Parameters").fieldNames().forEachRemaining(known::add);
        RepositoryTemplate.root("Resources").fieldNames().forEachRemaining(known::add);
        List<String> dangling = new ArrayList<>();
        for (String section : List.of("Globals", "Resources", "Outputs", "Conditions")) {
            collectDangling(RepositoryTemplate.root(section), section, known, Set.of(), dangling);
        }
        assertThat(dangling).as("references to nothing").isEmpty();
    }

    private static void collectDangling(JsonNode node, String at, Set<String> known, Set<String> subVariables,
                                        List<String> dangling) {
        if (node.isObject()) {
            if (node.has("Ref") && node.size() == 1 && node.get("Ref").isTextual()) {
                checkName(node.get("Ref").asText(), at, known, subVariables, dangling);
                return;
            }
            if (node.has("Fn::GetAtt")) {
                JsonNode args = node.get("Fn::GetAtt");
                String target = args.isArray() ? args.path(0).asText() : args.asText().split("\\.", 2)[0];
                checkName(target, at, known, Set.of(), dangling);
                return;
            }
            if (node.has("Fn::Sub")) {
                JsonNode sub = node.get("Fn::Sub");
                Set<String> local = new LinkedHashSet<>();
                if (sub.isArray() && sub.size() > 1) {
                    sub.get(1).fieldNames().forEachRemaining(local::add);
                    collectDangling(sub.get(1), at + ".Fn::Sub", known, Set.of(), dangling);
                }
                String text = sub.isArray() ? sub.path(0).asText() : sub.asText();
                Matcher m = SUB_VARIABLE.matcher(text);
                while (m.find()) {
                    if (!m.group(1).startsWith("!")) {
                        checkName(m.group(1).split("\\.", 2)[0], at, known, local, dangling);
                    }
                }
                return;
            }
            node.fields().forEachRemaining(f -> collectDangling(f.getValue(), at + "." + f.getKey(), known,
                    subVariables, dangling));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDangling(node.get(i), at + "[" + i + "]", known, subVariables, dangling);
            }
        }
    }

    private static void checkName(String name, String at, Set<String> known, Set<String> local, List<String> out) {
        if (!name.startsWith("AWS::") && !known.contains(name) && !local.contains(name)) {
            out.add(at + " -> " + name);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "IngestUpload, IncomingObject",
            "IngestUpload, PreflightObject",
    })
    void aFunctionNotifiedByTheBucketNamesItWithoutReferencingIt(String function, String event) {
        JsonNode source = events(function, "S3").get(event);
        assertThat(source).as("%s S3 event %s", function, event).isNotNull();
        assertThat(isRef(source.path("Bucket"), "UploadBucket")).as("%s bucket", event).isTrue();
        // The bucket's notification configuration depends on the function: a reference back would be a cycle.
        String own = ((com.fasterxml.jackson.databind.node.ObjectNode) properties(function).deepCopy()).without("Events").toString()
                + RepositoryTemplate.globalFunction().toString();
        assertThat(own).as("%s outside its events", function)
                .doesNotContain("{\"Ref\":\"UploadBucket\"}")
                .doesNotContain("[\"UploadBucket\",")
                .doesNotContain("${UploadBucket");
    }
}
