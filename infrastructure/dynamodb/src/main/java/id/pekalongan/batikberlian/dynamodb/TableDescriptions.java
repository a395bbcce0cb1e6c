package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A table as DescribeTable (and CreateTable, UpdateTable, DeleteTable) describe it. */
final class TableDescriptions {

    private TableDescriptions() {
    }

    static ObjectNode describe(Table t, RequestContext ctx, String status) {
        TableSchema s = t.schema;
        ObjectNode d = Json.object();
        ArrayNode defs = d.putArray("AttributeDefinitions");
        s.attributeTypes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> defs.addObject().put("AttributeName", e.getKey()).put("AttributeType", e.getValue()));
        d.put("TableName", s.name());
        d.set("KeySchema", s.keys().toJson());
        d.put("TableStatus", status);
        d.put("CreationDateTime", s.createdMillis() / 1000.0);
        d.set("ProvisionedThroughput", throughput(s.provisioned()));
        d.put("TableSizeBytes", t.sizeBytes);
        d.put("ItemCount", t.itemCount);
        d.put("TableArn", ctx.tableArn(s.name()));
        d.put("TableId", s.tableId());
        if (s.billingMode().equals("PAY_PER_REQUEST")) {
            d.putObject("BillingModeSummary").put("BillingMode", "PAY_PER_REQUEST")
                    .put("LastUpdateToPayPerRequestDateTime", s.createdMillis() / 1000.0);
        } else {
            d.putObject("BillingModeSummary").put("BillingMode", "PROVISIONED");
        }
        ArrayNode gsis = Json.array();
        ArrayNode lsis = Json.array();
        for (IndexDef i : s.indexes()) {
            ObjectNode x = (i.global() ? gsis : lsis).addObject();
            x.put("IndexName", i.name());
            x.set("KeySchema", i.keys().toJson());
            ObjectNode p = x.putObject("Projection").put("ProjectionType", i.projectionType());
            if (!i.nonKeyAttributes().isEmpty()) {
                ArrayNode nk = p.putArray("NonKeyAttributes");
                i.nonKeyAttributes().forEach(nk::add);
            }
            IndexStore store = t.indexes.get(i.name());
            if (i.global()) {
                x.put("IndexStatus", "ACTIVE");
                x.set("ProvisionedThroughput", throughput(i.provisioned()));
            }
            x.put("IndexSizeBytes", store == null ? 0 : store.sizeBytes);
            x.put("ItemCount", store == null ? 0 : store.entries.size());
            x.put("IndexArn", ctx.tableArn(s.name()) + "/index/" + i.name());
        }
        if (!gsis.isEmpty()) {
            d.set("GlobalSecondaryIndexes", gsis);
        }
        if (!lsis.isEmpty()) {
            d.set("LocalSecondaryIndexes", lsis);
        }
        if (s.streamViewType() != null) {
            d.putObject("StreamSpecification").put("StreamEnabled", true).put("StreamViewType", s.streamViewType());
            d.put("LatestStreamLabel", s.streamLabel());
            d.put("LatestStreamArn", ctx.streamArn(s.name(), s.streamLabel()));
        } else if (!t.streams.isEmpty()) {
            StreamShard last = t.streams.get(t.streams.size() - 1);
            d.put("LatestStreamLabel", last.label);
            d.put("LatestStreamArn", ctx.streamArn(s.name(), last.label));
        }
        d.put("DeletionProtectionEnabled", false);
        return d;
    }

    private static ObjectNode throughput(ObjectNode provisioned) {
        ObjectNode p = Json.object().put("NumberOfDecreasesToday", 0);
        p.put("ReadCapacityUnits", provisioned == null ? 0 : provisioned.path("ReadCapacityUnits").asLong());
        p.put("WriteCapacityUnits", provisioned == null ? 0 : provisioned.path("WriteCapacityUnits").asLong());
        return p;
    }
}
