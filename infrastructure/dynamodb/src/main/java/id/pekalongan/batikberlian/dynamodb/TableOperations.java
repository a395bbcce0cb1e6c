package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTable, TTL, tags, endpoints and limits. */
final class TableOperations {

    private final Database db;

    TableOperations(Database db) {
        this.db = db;
    }

    ObjectNode create(ObjectNode req, RequestContext ctx) {
        TableSchema schema = TableSchema.parse(req, System.currentTimeMillis());
        db.create(schema);
        Table t = db.table(schema.name());
        return wrap("TableDescription", TableDescriptions.describe(t, ctx, "ACTIVE"));
    }

    ObjectNode describe(ObjectNode req, RequestContext ctx) {
        String name = Json.requiredText(req, "TableName");
        Table t = db.tables.get(name);
        if (t == null) {
            throw DynamoDbException.notFound("Requested resource not found: Table: " + name + " not found");
        }
        return db.read(t, () -> wrap("Table", TableDescriptions.describe(t, ctx, "ACTIVE")));
    }

    ObjectNode list(ObjectNode req, RequestContext ctx) {
        int limit = req.has("Limit") ? req.get("Limit").asInt() : 100;
        if (limit < 1 || limit > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 100"));
        }
        String start = Json.text(req, "ExclusiveStartTableName");
        var names = start == null ? db.tables.keySet() : db.tables.tailMap(start, false).keySet();
        ObjectNode res = Json.object();
        ArrayNode out = res.putArray("TableNames");
        String last = null;
        boolean more = false;
        for (String n : names) {
            if (out.size() == limit) {
                more = true;
                break;
            }
            out.add(n);
            last = n;
        }
        if (more) {
            res.put("LastEvaluatedTableName", last);
        }
        return res;
    }

    ObjectNode delete(ObjectNode req, RequestContext ctx) {
        String name = Json.requiredText(req, "TableName");
        Table t = db.tables.get(name);
        if (t == null) {
            throw DynamoDbException.notFound("Requested resource not found: Table: " + name + " not found");
        }
        ObjectNode d = db.read(t, () -> TableDescriptions.describe(t, ctx, "DELETING"));
        db.drop(t);
        return wrap("TableDescription", d);
    }

    ObjectNode update(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.requiredText(req, "TableName"));
        db.redefine(t, s -> changed(s, req));
        return wrap("TableDescription", db.read(t, () -> TableDescriptions.describe(t, ctx, "ACTIVE")));
    }

    private static TableSchema changed(TableSchema s, ObjectNode req) {
        TableSchema next = s;
        String billing = Json.text(req, "BillingMode");
        ObjectNode throughput = Json.obj(req, "ProvisionedThroughput");
        if (billing != null || throughput != null) {
            String mode = billing == null ? s.billingMode() : billing;
            ObjectNode tp = throughput != null ? throughput : mode.equals("PROVISIONED") ? s.provisioned() : null;
            TableSchema.checkThroughput(mode, tp);
            List<IndexDef> idx = new ArrayList<>();
            for (IndexDef i : s.indexes()) {
                idx.add(new IndexDef(i.name(), i.global(), i.keys(), i.projectionType(), i.nonKeyAttributes(),
                        i.global() && mode.equals("PROVISIONED")
                                ? (i.provisioned() != null ? i.provisioned() : tp) : null));
            }
            next = next.withBilling(mode, mode.equals("PROVISIONED") ? tp : null, idx);
        }
        ArrayNode updates = Json.arr(req, "GlobalSecondaryIndexUpdates");
        if (updates != null) {
            Map<String, String> types = new LinkedHashMap<>(next.attributeTypes());
            ArrayNode defs = Json.arr(req, "AttributeDefinitions");
            if (defs != null) {
                for (JsonNode d : defs) {
                    String n = d.path("AttributeName").asText();
                    String ty = d.path("AttributeType").asText();
                    String had = types.putIfAbsent(n, ty);
                    if (had != null && !had.equals(ty)) {
                        throw DynamoDbException.validation("Cannot change the type of attribute " + n);
                    }
                }
            }
            List<IndexDef> idx = new ArrayList<>(next.indexes());
            for (JsonNode u : updates) {
                if (u.has("Create")) {
                    ObjectNode c = (ObjectNode) u.get("Create");
                    java.util.Set<String> used = new java.util.TreeSet<>();
                    IndexDef def = TableSchema.index(c, true, types, used, next.billingMode(), next.keys());
                    if (next.index(def.name()) != null || idx.stream().anyMatch(i -> i.name().equals(def.name()))) {
                        throw DynamoDbException.validation("One or more parameter values were invalid: Index with "
                                + "name: " + def.name() + " already exists");
                    }
                    idx.add(def);
                } else if (u.has("Delete")) {
                    String n = u.get("Delete").path("IndexName").asText();
                    if (!idx.removeIf(i -> i.global() && i.name().equals(n))) {
                        throw DynamoDbException.notFound("Requested resource not found: Index: " + n
                                + " not found");
                    }
                } else if (u.has("Update")) {
                    String n = u.get("Update").path("IndexName").asText();
                    ObjectNode tp = Json.obj(u.get("Update"), "ProvisionedThroughput");
                    boolean found = false;
                    for (int k = 0; k < idx.size(); k++) {
                        IndexDef i = idx.get(k);
                        if (i.global() && i.name().equals(n)) {
                            idx.set(k, new IndexDef(i.name(), true, i.keys(), i.projectionType(),
                                    i.nonKeyAttributes(), tp));
                            found = true;
                        }
                    }
                    if (!found) {
                        throw DynamoDbException.notFound("Requested resource not found: Index: " + n
                                + " not found");
                    }
                }
            }
            // Attribute definitions keep exactly the attributes some key uses.
            java.util.Set<String> keyed = new java.util.HashSet<>(next.keys().names());
            idx.forEach(i -> keyed.addAll(i.keys().names()));
            types.keySet().retainAll(keyed);
            next = next.withIndexes(idx, types);
        }
        ObjectNode stream = Json.obj(req, "StreamSpecification");
        if (stream != null) {
            String vt = TableSchema.streamViewType(stream);
            if (vt != null && s.streamViewType() != null) {
                throw DynamoDbException.validation("Table already has an enabled stream: TableName: " + s.name());
            }
            if (vt == null && s.streamViewType() == null) {
                throw DynamoDbException.validation("Table already has no stream enabled: TableName: " + s.name());
            }
            next = next.withStream(vt, vt == null ? null : StreamLabels.next(System.currentTimeMillis()));
        }
        if (next == s && !req.has("SSESpecification") && !req.has("DeletionProtectionEnabled")
                && !req.has("TableClass")) {
            throw DynamoDbException.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
        }
        return next;
    }

    ObjectNode updateTimeToLive(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.requiredText(req, "TableName"));
        ObjectNode spec = Json.obj(req, "TimeToLiveSpecification");
        if (spec == null || !spec.has("AttributeName") || !spec.has("Enabled")) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'timeToLiveSpecification' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        String attr = spec.get("AttributeName").asText();
        boolean enabled = spec.get("Enabled").asBoolean();
        db.redefine(t, s -> {
            if (enabled && s.ttlAttribute() != null) {
                throw DynamoDbException.validation("TimeToLive is already enabled");
            }
            if (!enabled && s.ttlAttribute() == null) {
                throw DynamoDbException.validation("TimeToLive is already disabled");
            }
            return s.withTtl(enabled ? attr : null);
        });
        ObjectNode res = Json.object();
        res.putObject("TimeToLiveSpecification").put("AttributeName", attr).put("Enabled", enabled);
        return res;
    }

    ObjectNode describeTimeToLive(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.requiredText(req, "TableName"));
        String attr = t.schema.ttlAttribute();
        ObjectNode res = Json.object();
        ObjectNode d = res.putObject("TimeToLiveDescription");
        if (attr == null) {
            d.put("TimeToLiveStatus", "DISABLED");
        } else {
            d.put("TimeToLiveStatus", "ENABLED").put("AttributeName", attr);
        }
        return res;
    }

    private Table byArn(String arn) {
        if (arn == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'resourceArn' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        int i = arn.indexOf(":table/");
        if (!arn.startsWith("arn:") || i < 0) {
            throw DynamoDbException.validation("Invalid TableArn: Invalid ResourceArn provided as input " + arn);
        }
        String name = arn.substring(i + 7);
        int slash = name.indexOf('/');
        if (slash >= 0) {
            name = name.substring(0, slash);
        }
        Table t = db.tables.get(name);
        if (t == null) {
            throw DynamoDbException.notFound("Requested resource not found: ResourceArn: " + arn + " not found");
        }
        return t;
    }

    ObjectNode tag(ObjectNode req, RequestContext ctx) {
        Table t = byArn(Json.text(req, "ResourceArn"));
        ArrayNode tags = Json.arr(req, "Tags");
        if (tags == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'tags' failed to satisfy "
                    + "constraint: Member must not be null");
        }
        db.redefine(t, s -> {
            Map<String, String> m = new LinkedHashMap<>(s.tags());
            tags.forEach(x -> m.put(x.path("Key").asText(), x.path("Value").asText()));
            return s.withTags(m);
        });
        return Json.object();
    }

    ObjectNode untag(ObjectNode req, RequestContext ctx) {
        Table t = byArn(Json.text(req, "ResourceArn"));
        ArrayNode keys = Json.arr(req, "TagKeys");
        if (keys == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'tagKeys' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        db.redefine(t, s -> {
            Map<String, String> m = new LinkedHashMap<>(s.tags());
            keys.forEach(k -> m.remove(k.asText()));
            return s.withTags(m);
        });
        return Json.object();
    }

    ObjectNode listTags(ObjectNode req, RequestContext ctx) {
        Table t = byArn(Json.text(req, "ResourceArn"));
        ObjectNode res = Json.object();
        ArrayNode out = res.putArray("Tags");
        t.schema.tags().forEach((k, v) -> out.addObject().put("Key", k).put("Value", v));
        return res;
    }

    ObjectNode describeEndpoints(ObjectNode req, RequestContext ctx) {
        ObjectNode res = Json.object();
        res.putArray("Endpoints").addObject().put("Address", "127.0.0.1:" + ctx.port())
                .put("CachePeriodInMinutes", 1440);
        return res;
    }

    ObjectNode describeLimits(ObjectNode req, RequestContext ctx) {
        return Json.object().put("AccountMaxReadCapacityUnits", 80000).put("AccountMaxWriteCapacityUnits", 80000)
                .put("TableMaxReadCapacityUnits", 40000).put("TableMaxWriteCapacityUnits", 40000);
    }

    private static ObjectNode wrap(String field, ObjectNode value) {
        ObjectNode o = Json.object();
        o.set(field, value);
        return o;
    }
}
