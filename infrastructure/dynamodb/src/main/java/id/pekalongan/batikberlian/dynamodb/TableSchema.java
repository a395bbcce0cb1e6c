package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Everything a table is declared to be, immutable: keys, attribute definitions, indexes, billing, stream, TTL and
 * tags. Changes (UpdateTable, UpdateTimeToLive, TagResource) make a new one. Its JSON form is the CreateTable
 * request plus a few fields of state, so that one parser reads requests, the log and snapshots alike.
 *
 * @param streamViewType the current stream's view type, or null when the stream is off
 * @param streamLabel    the current stream's label (an ISO time), or null
 * @param ttlAttribute   the TTL attribute when TTL is enabled, else null
 */
record TableSchema(String name, String tableId, KeySchema keys, Map<String, String> attributeTypes,
                   List<IndexDef> indexes, String billingMode, ObjectNode provisioned, long createdMillis,
                   String streamViewType, String streamLabel, String ttlAttribute, Map<String, String> tags) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Set<String> VIEW_TYPES = Set.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");

    static void checkName(String name, String field) {
        if (name == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at '" + field
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (!NAME.matcher(name).matches()) {
            boolean pattern = !name.matches("[a-zA-Z0-9_.-]*");
            boolean length = name.length() < 3 || name.length() > 255;
            throw DynamoDbException.validation("1 validation error detected: Value '" + name + "' at '" + field
                    + "' failed to satisfy constraint: "
                    + (pattern ? "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+" : "")
                    + (pattern && length ? "; " : "")
                    + (length ? "Member must have length " + (name.length() < 3 ? "greater than or equal to 3"
                    : "less than or equal to 255") : ""));
        }
    }

    /** Reads and checks a CreateTable request (or this record's own JSON form). */
    static TableSchema parse(ObjectNode req, long now) {
        String name = Json.text(req, "TableName");
        checkName(name, "tableName");
        Map<String, String> types = new LinkedHashMap<>();
        ArrayNode defs = Json.arr(req, "AttributeDefinitions");
        if (defs == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'attributeDefinitions' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        for (JsonNode d : defs) {
            String n = d.path("AttributeName").asText(null);
            String t = d.path("AttributeType").asText(null);
            if (n == null || t == null || !(t.equals("S") || t.equals("N") || t.equals("B"))) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + t
                        + "' at 'attributeDefinitions.member.attributeType' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [B, N, S]");
            }
            if (types.put(n, t) != null) {
                throw DynamoDbException.validation("Cannot have two attributes with the same name");
            }
        }
        ArrayNode ks = Json.arr(req, "KeySchema");
        if (ks == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'keySchema' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        Set<String> used = new TreeSet<>();
        KeySchema keys = keySchema(ks, types, used, null);
        String billing = Json.text(req, "BillingMode");
        if (billing == null) {
            billing = "PROVISIONED";
        }
        if (!billing.equals("PROVISIONED") && !billing.equals("PAY_PER_REQUEST")) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + billing
                    + "' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[PROVISIONED, PAY_PER_REQUEST]");
        }
        ObjectNode provisioned = Json.obj(req, "ProvisionedThroughput");
        checkThroughput(billing, provisioned);
        List<IndexDef> indexes = new ArrayList<>();
        Set<String> indexNames = new LinkedHashSet<>();
        ArrayNode gsis = Json.arr(req, "GlobalSecondaryIndexes");
        if (gsis != null) {
            if (gsis.isEmpty()) {
                throw DynamoDbException.validation("One or more parameter values were invalid: List of "
                        + "GlobalSecondaryIndexes is empty");
            }
            for (JsonNode g : gsis) {
                IndexDef def = index((ObjectNode) g, true, types, used, billing, keys);
                if (!indexNames.add(def.name())) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Duplicate index "
                            + "name: " + def.name());
                }
                indexes.add(def);
            }
        }
        ArrayNode lsis = Json.arr(req, "LocalSecondaryIndexes");
        if (lsis != null) {
            if (lsis.isEmpty()) {
                throw DynamoDbException.validation("One or more parameter values were invalid: List of "
                        + "LocalSecondaryIndexes is empty");
            }
            for (JsonNode l : lsis) {
                IndexDef def = index((ObjectNode) l, false, types, used, billing, keys);
                if (keys.range() == null) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Table KeySchema "
                            + "does not have a range key, which is required when specifying a LocalSecondaryIndex");
                }
                if (!def.keys().hash().name().equals(keys.hash().name()) || def.keys().range() == null) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Index KeySchema "
                            + "does not have the same leading hash key as table KeySchema for index: " + def.name()
                            + ". index hash key: " + def.keys().hash().name() + ", table hash key: "
                            + keys.hash().name());
                }
                if (!indexNames.add(def.name())) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Duplicate index "
                            + "name: " + def.name());
                }
                indexes.add(def);
            }
        }
        if (!used.containsAll(types.keySet()) || types.size() != used.size()) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Number of attributes in "
                    + "KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
        String viewType = null;
        ObjectNode stream = Json.obj(req, "StreamSpecification");
        if (stream != null) {
            viewType = streamViewType(stream);
        }
        String label = Json.text(req, "LatestStreamLabel");
        if (viewType != null && label == null) {
            label = StreamLabels.next(now);
        }
        long created = req.has("CreationMillis") ? req.get("CreationMillis").asLong() : now;
        String tableId = req.has("TableId") ? req.get("TableId").asText() : UUID.randomUUID().toString();
        Map<String, String> tags = new LinkedHashMap<>();
        ArrayNode tagList = Json.arr(req, "Tags");
        if (tagList != null) {
            for (JsonNode t : tagList) {
                tags.put(t.path("Key").asText(), t.path("Value").asText());
            }
        }
        return new TableSchema(name, tableId, keys, Map.copyOf(types), List.copyOf(indexes), billing,
                billing.equals("PROVISIONED") ? provisioned : null, created, viewType, viewType == null ? null : label,
                Json.text(req, "TimeToLiveAttribute"), Map.copyOf(tags));
    }

    /** The view type of an enabled stream, null for a disabled one; refuses an enabled one without a type. */
    static String streamViewType(ObjectNode stream) {
        boolean enabled = Json.bool(stream, "StreamEnabled");
        String vt = Json.text(stream, "StreamViewType");
        if (enabled) {
            if (vt == null) {
                throw DynamoDbException.validation("One or more parameter values were invalid: StreamViewType is "
                        + "required when StreamEnabled is true");
            }
            if (!VIEW_TYPES.contains(vt)) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + vt + "' at "
                        + "'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy "
                        + "enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]");
            }
            return vt;
        }
        return null;
    }

    static void checkThroughput(String billing, ObjectNode provisioned) {
        if (billing.equals("PROVISIONED")) {
            if (provisioned == null || !provisioned.has("ReadCapacityUnits") || !provisioned.has("WriteCapacityUnits")) {
                throw DynamoDbException.validation("One or more parameter values were invalid: ReadCapacityUnits and "
                        + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
            }
            if (provisioned.get("ReadCapacityUnits").asLong() < 1 || provisioned.get("WriteCapacityUnits").asLong() < 1) {
                throw DynamoDbException.validation("1 validation error detected: Value '0' at "
                        + "'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have "
                        + "value greater than or equal to 1");
            }
        } else if (provisioned != null && (provisioned.path("ReadCapacityUnits").asLong() > 0
                || provisioned.path("WriteCapacityUnits").asLong() > 0)) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Neither "
                    + "ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
    }

    static IndexDef index(ObjectNode g, boolean global, Map<String, String> types, Set<String> used, String billing,
                          KeySchema tableKeys) {
        String name = Json.text(g, "IndexName");
        checkName(name, global ? "globalSecondaryIndexes.member.indexName" : "localSecondaryIndexes.member.indexName");
        ArrayNode ks = Json.arr(g, "KeySchema");
        if (ks == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'keySchema' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        KeySchema keys = keySchema(ks, types, used, name);
        ObjectNode p = Json.obj(g, "Projection");
        String type = p == null ? null : Json.text(p, "ProjectionType");
        if (type == null) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Unknown ProjectionType: "
                    + "null");
        }
        List<String> nonKey = new ArrayList<>();
        ArrayNode nk = p == null ? null : Json.arr(p, "NonKeyAttributes");
        switch (type) {
            case "ALL", "KEYS_ONLY" -> {
                if (nk != null) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: "
                            + "ProjectionType is " + type + ", but NonKeyAttributes is specified");
                }
            }
            case "INCLUDE" -> {
                if (nk == null || nk.isEmpty()) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: "
                            + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
                }
                nk.forEach(a -> nonKey.add(a.asText()));
            }
            default -> throw DynamoDbException.validation("One or more parameter values were invalid: Unknown "
                    + "ProjectionType: " + type);
        }
        ObjectNode provisioned = Json.obj(g, "ProvisionedThroughput");
        if (global) {
            checkThroughput(billing, provisioned);
        }
        return new IndexDef(name, global, keys, type, List.copyOf(nonKey),
                global && billing.equals("PROVISIONED") ? provisioned : null);
    }

    private static KeySchema keySchema(ArrayNode ks, Map<String, String> types, Set<String> used, String index) {
        if (ks.isEmpty() || ks.size() > 2) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + ks + "' at 'keySchema' "
                    + "failed to satisfy constraint: Member must have length less than or equal to 2");
        }
        KeyDef hash = null;
        KeyDef range = null;
        for (int i = 0; i < ks.size(); i++) {
            JsonNode k = ks.get(i);
            String n = k.path("AttributeName").asText(null);
            String kt = k.path("KeyType").asText(null);
            String t = types.get(n);
            if (t == null) {
                throw DynamoDbException.validation(index == null
                        ? "One or more parameter values were invalid: Some index key attributes are not defined in "
                          + "AttributeDefinitions. Keys: [" + n + "], AttributeDefinitions: " + types.keySet()
                        : "One or more parameter values were invalid: Some index key attributes are not defined in "
                          + "AttributeDefinitions. Keys: [" + n + "], AttributeDefinitions: " + types.keySet());
            }
            used.add(n);
            if (i == 0) {
                if (!"HASH".equals(kt)) {
                    throw DynamoDbException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
                }
                hash = new KeyDef(n, t);
            } else {
                if (!"RANGE".equals(kt)) {
                    throw DynamoDbException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
                }
                if (n.equals(hash.name())) {
                    throw DynamoDbException.validation("Both the Hash Key and the Range Key element in the KeySchema "
                            + "have the same name");
                }
                range = new KeyDef(n, t);
            }
        }
        return new KeySchema(hash, range);
    }

    IndexDef index(String indexName) {
        for (IndexDef i : indexes) {
            if (i.name().equals(indexName)) {
                return i;
            }
        }
        return null;
    }

    boolean isKeyAttribute(String attr) {
        return keys.contains(attr);
    }

    /** The JSON this schema is kept as in the log and snapshots: a CreateTable request plus its state. */
    ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("TableName", name).put("TableId", tableId).put("CreationMillis", createdMillis);
        o.set("KeySchema", keys.toJson());
        ArrayNode defs = o.putArray("AttributeDefinitions");
        attributeTypes.forEach((n, t) -> defs.addObject().put("AttributeName", n).put("AttributeType", t));
        o.put("BillingMode", billingMode);
        if (provisioned != null) {
            o.set("ProvisionedThroughput", provisioned);
        }
        ArrayNode g = Json.array();
        ArrayNode l = Json.array();
        for (IndexDef i : indexes) {
            ObjectNode x = (i.global() ? g : l).addObject();
            x.put("IndexName", i.name());
            x.set("KeySchema", i.keys().toJson());
            ObjectNode p = x.putObject("Projection").put("ProjectionType", i.projectionType());
            if (!i.nonKeyAttributes().isEmpty()) {
                ArrayNode nk = p.putArray("NonKeyAttributes");
                i.nonKeyAttributes().forEach(nk::add);
            }
            if (i.provisioned() != null) {
                x.set("ProvisionedThroughput", i.provisioned());
            }
        }
        if (!g.isEmpty()) {
            o.set("GlobalSecondaryIndexes", g);
        }
        if (!l.isEmpty()) {
            o.set("LocalSecondaryIndexes", l);
        }
        if (streamViewType != null) {
            o.putObject("StreamSpecification").put("StreamEnabled", true).put("StreamViewType", streamViewType);
            o.put("LatestStreamLabel", streamLabel);
        }
        if (ttlAttribute != null) {
            o.put("TimeToLiveAttribute", ttlAttribute);
        }
        if (!tags.isEmpty()) {
            ArrayNode t = o.putArray("Tags");
            tags.forEach((k, v) -> t.addObject().put("Key", k).put("Value", v));
        }
        return o;
    }

    TableSchema withIndexes(List<IndexDef> newIndexes, Map<String, String> newTypes) {
        return new TableSchema(name, tableId, keys, Map.copyOf(newTypes), List.copyOf(newIndexes), billingMode,
                provisioned, createdMillis, streamViewType, streamLabel, ttlAttribute, tags);
    }

    TableSchema withStream(String viewType, String label) {
        return new TableSchema(name, tableId, keys, attributeTypes, indexes, billingMode, provisioned, createdMillis,
                viewType, label, ttlAttribute, tags);
    }

    TableSchema withBilling(String billing, ObjectNode throughput, List<IndexDef> newIndexes) {
        return new TableSchema(name, tableId, keys, attributeTypes, List.copyOf(newIndexes), billing, throughput,
                createdMillis, streamViewType, streamLabel, ttlAttribute, tags);
    }

    TableSchema withTtl(String attribute) {
        return new TableSchema(name, tableId, keys, attributeTypes, indexes, billingMode, provisioned, createdMillis,
                streamViewType, streamLabel, attribute, tags);
    }

    TableSchema withTags(Map<String, String> newTags) {
        return new TableSchema(name, tableId, keys, attributeTypes, indexes, billingMode, provisioned, createdMillis,
                streamViewType, streamLabel, ttlAttribute, Map.copyOf(newTags));
    }
}
