package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import id.pekalongan.batikberlian.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A DynamoDB stream event source mapping as {@code template.yaml} declares it ({@code Type: DynamoDB}). */
record StreamMapping(String function, String tableLogicalId, String tableName, int batchSize,
                     boolean reportBatchItemFailures, boolean bisectOnError, int maximumRetryAttempts,
                     List<JsonNode> filters) {

    static List<StreamMapping> fromTemplate(CloudFormationTemplate template) {
        List<StreamMapping> mappings = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((function, resource) ->
                resource.path("Properties").path("Events").fields().forEachRemaining(e -> {
                    if (!"DynamoDB".equals(e.getValue().path("Type").asText())) {
                        return;
                    }
                    JsonNode p = e.getValue().path("Properties");
                    String table = p.path("Stream").path("Fn::GetAtt").path(0).asText();
                    boolean report = false;
                    for (JsonNode t : p.path("FunctionResponseTypes")) {
                        report |= "ReportBatchItemFailures".equals(t.asText());
                    }
                    List<JsonNode> filters = new ArrayList<>();
                    for (JsonNode f : p.path("FilterCriteria").path("Filters")) {
                        try {
                            filters.add(Json.MAPPER.readTree(f.path("Pattern").asText()));
                        } catch (IOException ex) {
                            throw new UncheckedIOException("filter pattern of " + function, ex);
                        }
                    }
                    mappings.add(new StreamMapping(function, table, template.ref(table),
                            p.path("BatchSize").asInt(100), report,
                            p.path("BisectBatchOnFunctionError").asBoolean(false),
                            p.path("MaximumRetryAttempts").asInt(-1) < 0 ? 10_000
                                    : p.path("MaximumRetryAttempts").asInt(), filters));
                }));
        return mappings;
    }

    /** Lambda passes a record when any one filter matches; with no filters every record passes. */
    boolean accepts(JsonNode record) {
        return filters.isEmpty() || filters.stream().anyMatch(f -> EventFilter.matches(f, record));
    }
}
