package id.pekalongan.batikberlian.emulators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The SAM template read as data, so that the local stack builds its tables and bucket from the very definitions that
 * {@code sam deploy} uses. Only the intrinsics that name things are resolved ({@code Ref}, {@code Fn::Sub},
 * {@code Fn::Join}); anything else is left as written.
 */
public final class CloudFormationTemplate {

    /** Where the build puts a copy of {@code template.yaml} on the classpath. */
    public static final String CLASSPATH_LOCATION = "batik-berlian/template.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");
    private static final List<String> NAME_PROPERTIES =
            List.of("TableName", "BucketName", "QueueName", "FunctionName", "TopicName");

    private final JsonNode root;
    private final Map<String, String> values;

    private CloudFormationTemplate(JsonNode root, Map<String, String> values) {
        this.root = root;
        this.values = values;
    }

    /**
     * @param overrides parameter values and pseudo parameters ({@code AWS::StackName}, {@code AWS::Region},
     *                  {@code AWS::AccountId}); parameters not given take their {@code Default}.
     */
    public static CloudFormationTemplate parse(InputStream yaml, Map<String, String> overrides) {
        Object tree = new Yaml(new IntrinsicConstructor()).load(yaml);
        JsonNode root = JSON.valueToTree(tree);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("AWS::StackName", "batik-berlian");
        values.put("AWS::Region", "ap-southeast-3");
        values.put("AWS::AccountId", "000000000000");
        values.put("AWS::Partition", "aws");
        values.put("AWS::URLSuffix", "amazonaws.com");
        root.path("Parameters").fields().forEachRemaining(p -> {
            JsonNode dflt = p.getValue().get("Default");
            if (dflt != null) {
                values.put(p.getKey(), dflt.asText());
            }
        });
        values.putAll(overrides);
        return new CloudFormationTemplate(root, values);
    }

    public static CloudFormationTemplate fromClasspath(Map<String, String> overrides) {
        try (InputStream in = CloudFormationTemplate.class.getClassLoader().getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_LOCATION + " is not on the classpath; build with Maven");
            }
            return parse(in, overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CloudFormationTemplate fromFile(Path file, Map<String, String> overrides) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public String value(String name) {
        return values.get(name);
    }

    /** Resources of one CloudFormation/SAM type, by logical id, in template order. */
    public Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        root.path("Resources").fields().forEachRemaining(r -> {
            if (type.equals(r.getValue().path("Type").asText())) {
                found.put(r.getKey(), r.getValue());
            }
        });
        return found;
    }

    public JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    /** A string-valued property, with {@code Ref}, {@code Fn::Sub} and {@code Fn::Join} resolved. */
    public String resolve(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.has("Ref")) {
            return ref(node.get("Ref").asText());
        }
        if (node.has("Fn::Sub")) {
            JsonNode sub = node.get("Fn::Sub");
            return substitute(sub.isArray() ? sub.get(0).asText() : sub.asText());
        }
        if (node.has("Fn::Join")) {
            JsonNode args = node.get("Fn::Join");
            StringBuilder out = new StringBuilder();
            for (JsonNode part : args.get(1)) {
                if (out.length() > 0) {
                    out.append(args.get(0).asText());
                }
                out.append(resolve(part));
            }
            return out.toString();
        }
        throw new IllegalArgumentException("cannot resolve " + node + " without AWS");
    }

    /** The physical name a {@code Ref} to a parameter or a named resource yields. */
    public String ref(String name) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        JsonNode properties = resource(name).path("Properties");
        for (String property : NAME_PROPERTIES) {
            if (properties.has(property)) {
                return resolve(properties.get(property));
            }
        }
        return name;
    }

    private String substitute(String text) {
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ref(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Turns the short-form tags ({@code !Ref X}, {@code !Sub "…"}) into the long form CloudFormation also accepts. */
    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        String text = constructScalar(scalar);
                        value = tag.equals("GetAtt") ? List.of(text.split("\\.", 2)) : text;
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    ObjectNode wrapped = JSON.createObjectNode();
                    wrapped.set(function, JSON.valueToTree(value));
                    return JSON.convertValue(wrapped, Map.class);
                }
            });
        }
    }
}
