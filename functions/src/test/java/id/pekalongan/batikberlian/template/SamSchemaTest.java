package id.pekalongan.batikberlian.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks template.yaml against the public SAM JSON schema (draft-04), one resource at a time so that a failure names
 * the resource and the property at fault instead of one unreadable "anyOf" error for the whole file.
 */
class SamSchemaTest {

    private static final String GENERIC_RESOURCE = "samtranslator__internal__schema_source__any_cfn_resource__Resource";
    private static final String GLOBALS = "__main____Globals";

    /** The SAM schema annotates with these; they constrain nothing, so the validator is told to let them be. */
    private static final List<String> ANNOTATIONS = List.of("markdownDescription", "__samPassThrough");

    private static ObjectNode schemaDocument;
    private static JsonSchemaFactory factory;
    /** Resource type (AWS::Serverless::…) → name of its definition in the schema. */
    private static Map<String, String> definitionByType;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path file = RepositoryTemplate.samSchemaFile();
        if (!Files.isRegularFile(file)) {
            return;
        }
        schemaDocument = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        JsonMetaSchema.Builder draft4 = JsonMetaSchema.builder(JsonMetaSchema.getV4());
        ANNOTATIONS.forEach(keyword -> draft4.keyword(new NonValidationKeyword(keyword)));
        factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(draft4.build())
                .build();
        definitionByType = new HashMap<>();
        schemaDocument.path("definitions").fields().forEachRemaining(d -> {
            JsonNode typeEnum = d.getValue().path("properties").path("Type").path("enum");
            if (d.getKey().endsWith("__Resource") && typeEnum.size() == 1) {
                definitionByType.put(typeEnum.get(0).asText(), d.getKey());
            }
        });
    }

    /** Each test reports its own skip, so that a run without the schema says so rather than showing nothing. */
    @BeforeEach
    void requireSchema() {
        Assumptions.assumeTrue(schemaDocument != null, () -> "SAM schema not found at "
                + RepositoryTemplate.samSchemaFile() + " (it is shared data beside the repository, not part of it): "
                + "schema validation skipped; cfn-lint and the Template*Test classes still check the template");
    }

    @TestFactory
    Stream<DynamicTest> everyResourceMatchesTheDefinitionOfItsType() {
        List<DynamicTest> tests = new ArrayList<>();
        RepositoryTemplate.root("Resources").fields().forEachRemaining(r -> {
            String type = r.getValue().path("Type").asText();
            String definition = definitionFor(type);
            tests.add(DynamicTest.dynamicTest(r.getKey() + " (" + type + ")",
                    () -> assertResourceValid(r.getKey(), definition, r.getValue())));
        });
        assertThat(tests).as("resources in template.yaml").isNotEmpty();
        return tests.stream();
    }

    @Test
    void globalsMatchTheGlobalsDefinition() {
        assertValid("Globals", GLOBALS, RepositoryTemplate.root("Globals"));
    }

    @Test
    void everyServerlessTypeInTheTemplateIsKnownToTheSchema() {
        List<String> unknown = new ArrayList<>();
        RepositoryTemplate.root("Resources").fields().forEachRemaining(r -> {
            String type = r.getValue().path("Type").asText();
            if (type.startsWith("AWS::Serverless::") && !definitionByType.containsKey(type)) {
                unknown.add(r.getKey() + ": " + type);
            }
        });
        assertThat(unknown).as("SAM resource types the schema does not define").isEmpty();
    }

    /** Plain CloudFormation types are only checked for shape here; cfn-lint knows their properties. */
    private static String definitionFor(String type) {
        return definitionByType.getOrDefault(type, GENERIC_RESOURCE);
    }

    /**
     * Events are checked one by one against the definition for their own {@code Type}: against the schema's
     * "any of nineteen event types" a single typo would otherwise produce a screenful of unrelated complaints.
     */
    private static void assertResourceValid(String name, String definition, JsonNode resource) {
        List<String> errors = new ArrayList<>();
        JsonNode events = resource.path("Properties").path("Events");
        Map<String, String> eventDefinitions = eventDefinitions(definition);
        if (events.isObject() && !eventDefinitions.isEmpty()) {
            ObjectNode withoutEvents = resource.deepCopy();
            ((ObjectNode) withoutEvents.get("Properties")).remove("Events");
            errors.addAll(errors(definition, withoutEvents, "$"));
            events.fields().forEachRemaining(e -> {
                String eventType = e.getValue().path("Type").asText();
                String eventDefinition = eventDefinitions.get(eventType);
                String path = "$.Properties.Events." + e.getKey();
                if (eventDefinition == null) {
                    errors.add(path + ": event type '" + eventType + "' is not one of " + eventDefinitions.keySet());
                } else {
                    errors.addAll(errors(eventDefinition, e.getValue(), path));
                }
            });
        } else {
            errors.addAll(errors(definition, resource, "$"));
        }
        if (!errors.isEmpty()) {
            fail(name + " does not match SAM schema definition " + definition + ":\n  - "
                    + String.join("\n  - ", errors));
        }
    }

    private static void assertValid(String name, String definition, JsonNode instance) {
        List<String> errors = errors(definition, instance, "$");
        if (!errors.isEmpty()) {
            fail(name + " does not match SAM schema definition " + definition + ":\n  - "
                    + String.join("\n  - ", errors));
        }
    }

    private static List<String> errors(String definition, JsonNode instance, String at) {
        Set<ValidationMessage> messages = schemaFor(definition).validate(instance);
        return messages.stream()
                .map(ValidationMessage::getMessage)
                .map(m -> m.startsWith("$") ? at + m.substring(1) : at + ": " + m)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
    }

    /** Event type (S3, HttpApi, …) → its definition, read from the resource's {@code Properties.Events} schema. */
    private static Map<String, String> eventDefinitions(String resourceDefinition) {
        Map<String, String> found = new HashMap<>();
        JsonNode definitions = schemaDocument.path("definitions");
        String propertiesRef = definitions.path(resourceDefinition).path("properties").path("Properties").path("$ref")
                .asText("");
        JsonNode alternatives = definitions.path(propertiesRef.replace("#/definitions/", ""))
                .path("properties").path("Events").path("additionalProperties").path("anyOf");
        for (JsonNode alternative : alternatives) {
            String name = alternative.path("$ref").asText("").replace("#/definitions/", "");
            JsonNode typeEnum = definitions.path(name).path("properties").path("Type").path("enum");
            if (typeEnum.size() == 1) {
                found.put(typeEnum.get(0).asText(), name);
            }
        }
        return found;
    }

    /** The whole schema document (so that its internal $refs resolve) with its root pointed at one definition. */
    private static JsonSchema schemaFor(String definition) {
        assertThat(schemaDocument.path("definitions").has(definition))
                .as("definition %s in the SAM schema", definition).isTrue();
        ObjectNode rooted = schemaDocument.objectNode();
        rooted.put("$schema", schemaDocument.path("$schema").asText("http://json-schema.org/draft-04/schema#"));
        rooted.set("definitions", schemaDocument.get("definitions"));
        rooted.put("$ref", "#/definitions/" + definition);
        return factory.getSchema(rooted);
    }
}
