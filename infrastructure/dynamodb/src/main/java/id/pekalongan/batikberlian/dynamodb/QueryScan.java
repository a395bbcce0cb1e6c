package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.dynamodb.expr.Condition;
import id.pekalongan.batikberlian.dynamodb.expr.KeyCondition;
import id.pekalongan.batikberlian.dynamodb.expr.Projection;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Query and Scan, on a table or an index. A page ends after {@code Limit} items read or before the item that would
 * take the items read past 1 MB, both counted before the filter, as DynamoDB counts them; its LastEvaluatedKey is the
 * last item read (for an index: the index keys and the table keys).
 */
final class QueryScan {

    static final long PAGE_BYTES = 1024 * 1024;

    private final Database db;

    QueryScan(Database db) {
        this.db = db;
    }

    /** Where a read runs: the table itself or one of its indexes. */
    private record Source(Table table, IndexStore index) {
        KeySchema keys() {
            return index == null ? table.schema.keys() : index.def.keys();
        }

        NavigableMap<StoreKey, ObjectNode> entries() {
            return index == null ? table.items : index.entries;
        }

        Set<String> keyAttributes() {
            Set<String> s = new HashSet<>(table.schema.keys().names());
            if (index != null) {
                s.addAll(index.def.keys().names());
            }
            return s;
        }
    }

    private Source source(ObjectNode req, Table t) {
        String indexName = Json.text(req, "IndexName");
        if (indexName == null) {
            return new Source(t, null);
        }
        IndexStore idx = t.indexes.get(indexName);
        if (idx == null) {
            throw DynamoDbException.validation("The table does not have the specified index: " + indexName);
        }
        if (idx.def.global() && Json.bool(req, "ConsistentRead")) {
            throw DynamoDbException.validation("Consistent reads are not supported on global secondary indexes");
        }
        return new Source(t, idx);
    }

    /** SELECT as asked, defaulted and checked against the source's projection. */
    private static String select(ObjectNode req, Source src, boolean hasProjection) {
        String sel = Json.text(req, "Select");
        if (sel == null) {
            return hasProjection ? "SPECIFIC_ATTRIBUTES"
                    : src.index == null ? "ALL_ATTRIBUTES" : "ALL_PROJECTED_ATTRIBUTES";
        }
        switch (sel) {
            case "ALL_ATTRIBUTES" -> {
                if (src.index != null && src.index.def.global() && !src.index.def.projectionType().equals("ALL")) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Select type "
                            + "ALL_ATTRIBUTES is not supported for global secondary index " + src.index.def.name()
                            + " because its projection type is not ALL");
                }
            }
            case "ALL_PROJECTED_ATTRIBUTES" -> {
                if (src.index == null) {
                    throw DynamoDbException.validation("One or more parameter values were invalid: Select type "
                            + "ALL_PROJECTED_ATTRIBUTES is not supported for a table, only for an index");
                }
            }
            case "COUNT", "SPECIFIC_ATTRIBUTES" -> {
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + sel + "' at "
                    + "'select' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (hasProjection && !sel.equals("SPECIFIC_ATTRIBUTES")) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Cannot specify the "
                    + "ProjectionExpression when choosing to get only the Count or " + sel);
        }
        return sel;
    }

    private static int limit(ObjectNode req) {
        if (!req.hasNonNull("Limit")) {
            return Integer.MAX_VALUE;
        }
        int limit = req.get("Limit").asInt();
        if (limit < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value greater than or equal to 1");
        }
        return limit;
    }

    private static void refuseLegacy(ObjectNode req) {
        for (String f : new String[] {"KeyConditions", "QueryFilter", "ScanFilter", "AttributesToGet",
                "ConditionalOperator"}) {
            if (req.hasNonNull(f)) {
                throw DynamoDbException.validation("The legacy parameter " + f + " is not supported; use the "
                        + "expression parameters");
            }
        }
    }

    ObjectNode query(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.text(req, "TableName"));
        refuseLegacy(req);
        RequestExpressions ex = RequestExpressions.of(req);
        KeyCondition parsed = ex.keyCondition();
        Condition filter = ex.filter();
        Projection projection = ex.projection();
        ex.done();
        if (parsed == null) {
            throw DynamoDbException.validation("Either the KeyConditions or KeyConditionExpression parameter must be "
                    + "specified in the request.");
        }
        int limit = limit(req);
        boolean forward = !req.has("ScanIndexForward") || req.get("ScanIndexForward").asBoolean(true);
        ObjectNode esk = Json.obj(req, "ExclusiveStartKey");
        return db.read(t, () -> {
            Source src = source(req, t);
            String select = select(req, src, projection != null);
            KeySchema ks = src.keys();
            // Two equalities written sort key first, or a range on the partition key, settled against the schema.
            KeyCondition kc = parsed.forSchema(ks.hash().name(), ks.range() == null ? null : ks.range().name());
            checkType(kc.hashValue(), ks.hash());
            if (kc.rangeName() != null) {
                checkType(kc.rangeValue(), ks.range());
                if (kc.rangeValue2() != null) {
                    checkType(kc.rangeValue2(), ks.range());
                }
                if (kc.rangeOp() == KeyCondition.RangeOp.BEGINS_WITH && ks.range().type().equals("N")) {
                    throw DynamoDbException.validation("Invalid KeyConditionExpression: Incorrect operand type for "
                            + "operator or function; operator or function: begins_with, operand type: N");
                }
            }
            StoreKey base = new StoreKey(Keys.partition(kc.hashValue(), ks.hash().type()), new Comparable<?>[0], 0);
            StoreKey lo = base.withEdge(new Comparable<?>[0], -1);
            StoreKey hi = base.withEdge(new Comparable<?>[0], 1);
            Comparable<?> prefix = null;
            if (kc.rangeOp() != null) {
                Comparable<?> v = Keys.part(kc.rangeValue(), ks.range().type());
                Comparable<?>[] p = {v};
                switch (kc.rangeOp()) {
                    case EQ -> {
                        lo = base.withEdge(p, -1);
                        hi = base.withEdge(p, 1);
                    }
                    case LT -> hi = base.withEdge(p, -1);
                    case LE -> hi = base.withEdge(p, 1);
                    case GT -> lo = base.withEdge(p, 1);
                    case GE -> lo = base.withEdge(p, -1);
                    case BETWEEN -> {
                        Comparable<?> v2 = Keys.part(kc.rangeValue2(), ks.range().type());
                        if (compare(v, v2) > 0) {
                            throw DynamoDbException.validation("Invalid KeyConditionExpression: The BETWEEN operator "
                                    + "requires upper bound to be greater than or equal to lower bound; lower bound "
                                    + "operand: AttributeValue: " + kc.rangeValue() + ", upper bound operand: "
                                    + "AttributeValue: " + kc.rangeValue2());
                        }
                        lo = base.withEdge(p, -1);
                        hi = base.withEdge(new Comparable<?>[] {v2}, 1);
                    }
                    case BEGINS_WITH -> {
                        lo = base.withEdge(p, -1);
                        // Closed above too, so that a backward read starts inside the prefix's range.
                        StoreKey.Bytes end = ((StoreKey.Bytes) v).prefixEnd();
                        if (end != null) {
                            hi = base.withEdge(new Comparable<?>[] {end}, -1);
                        }
                        prefix = v;
                    }
                    default -> throw new IllegalStateException();
                }
            }
            NavigableMap<StoreKey, ObjectNode> view = src.entries().subMap(lo, true, hi, true);
            if (esk != null) {
                StoreKey start = startKey(src, esk);
                if (start.compareTo(base.withEdge(new Comparable<?>[0], -1)) < 0
                        || start.compareTo(base.withEdge(new Comparable<?>[0], 1)) > 0) {
                    throw DynamoDbException.validation("The provided starting key is invalid: The provided key "
                            + "element does not match the schema");
                }
                view = forward ? view.tailMap(start, false) : view.headMap(start, false);
            }
            if (!forward) {
                view = view.descendingMap();
            }
            final Comparable<?> pre = prefix;
            return page(req, src, view, limit, filter, projection, select, pre);
        });
    }

    private static void checkType(JsonNode v, KeyDef def) {
        if (!def.type().equals(Keys.typeOf(v))) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Condition parameter type "
                    + "does not match schema type");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b) {
        return a.compareTo(b);
    }

    ObjectNode scan(ObjectNode req, RequestContext ctx) {
        Table t = db.table(Json.text(req, "TableName"));
        refuseLegacy(req);
        RequestExpressions ex = RequestExpressions.of(req);
        Condition filter = ex.filter();
        Projection projection = ex.projection();
        ex.done();
        int limit = limit(req);
        ObjectNode esk = Json.obj(req, "ExclusiveStartKey");
        boolean hasSegment = req.hasNonNull("Segment");
        boolean hasTotal = req.hasNonNull("TotalSegments");
        if (hasSegment != hasTotal) {
            throw DynamoDbException.validation(hasSegment
                    ? "The TotalSegments parameter is required but was not present in the request when Segment "
                      + "parameter is present"
                    : "The Segment parameter is required but was not present in the request when parameter "
                      + "TotalSegments is present");
        }
        long segment = hasSegment ? req.get("Segment").asLong() : 0;
        long total = hasTotal ? req.get("TotalSegments").asLong() : 1;
        if (total < 1 || total > 1_000_000) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + total + "' at "
                    + "'totalSegments' failed to satisfy constraint: Member must have value "
                    + (total < 1 ? "greater than or equal to 1" : "less than or equal to 1000000"));
        }
        if (segment < 0 || segment >= total) {
            throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is out of bounds for TotalSegments: " + total);
        }
        return db.read(t, () -> {
            Source src = source(req, t);
            String select = select(req, src, projection != null);
            long from = (segment << 32) / total + ((segment << 32) % total == 0 ? 0 : 1);
            long to = ((segment + 1) << 32) / total + (((segment + 1) << 32) % total == 0 ? 0 : 1);
            NavigableMap<StoreKey, ObjectNode> view = src.entries()
                    .subMap(StoreKey.hashFloor(from), true, StoreKey.hashFloor(to), false);
            if (esk != null) {
                view = view.tailMap(startKey(src, esk), false);
            }
            return page(req, src, view, limit, filter, projection, select, null);
        });
    }

    /** The store position an ExclusiveStartKey names, checked against the source's keys. */
    private static StoreKey startKey(Source src, ObjectNode esk) {
        ObjectNode k = Values.checkItem(esk);
        Keys.onlyAttributes(k, src.keyAttributes());
        KeySchema table = src.table.schema.keys();
        for (String n : src.keyAttributes()) {
            KeyDef def = n.equals(table.hash().name()) ? table.hash()
                    : table.range() != null && n.equals(table.range().name()) ? table.range()
                    : n.equals(src.index.def.keys().hash().name()) ? src.index.def.keys().hash()
                    : src.index.def.keys().range();
            if (!def.type().equals(Keys.typeOf(k.get(n)))) {
                throw DynamoDbException.validation("The provided starting key is invalid: The provided key element "
                        + "does not match the schema");
            }
        }
        StoreKey key = src.index == null ? Keys.tableKey(table, k) : Keys.indexKey(src.index.def, table, k);
        if (key == null) {
            throw DynamoDbException.validation("The provided starting key is invalid: The provided key element does "
                    + "not match the schema");
        }
        return key;
    }

    private static ObjectNode page(ObjectNode req, Source src, NavigableMap<StoreKey, ObjectNode> view, int limit,
                                   Condition filter, Projection projection, String select, Comparable<?> prefix) {
        boolean consistent = Json.bool(req, "ConsistentRead");
        boolean fromTable = select.equals("ALL_ATTRIBUTES") && src.index != null && !src.index.def.global()
                && !src.index.def.projectionType().equals("ALL");
        boolean count = select.equals("COUNT");
        ObjectNode res = Json.object();
        ArrayNode items = count ? null : res.putArray("Items");
        long bytes = 0;
        int scanned = 0;
        int matched = 0;
        ObjectNode last = null;
        boolean more = false;
        KeySchema table = src.table.schema.keys();
        for (Map.Entry<StoreKey, ObjectNode> e : view.entrySet()) {
            if (prefix != null && !((StoreKey.Bytes) e.getKey().sort[0]).startsWith((StoreKey.Bytes) prefix)) {
                break;
            }
            ObjectNode item = e.getValue();
            if (fromTable) {
                item = src.table.get(Keys.tableKey(table, item));
            }
            long size = ItemSize.of(item);
            if (scanned > 0 && bytes + size > PAGE_BYTES) {
                more = true;
                break;
            }
            bytes += size;
            scanned++;
            last = item;
            if (filter == null || filter.test(item)) {
                matched++;
                if (!count) {
                    items.add(projection == null ? item : projection.apply(item));
                }
            }
            if (scanned == limit) {
                more = true;
                break;
            }
        }
        res.put("Count", matched);
        res.put("ScannedCount", scanned);
        if (more && last != null) {
            ObjectNode lek = Keys.keyOf(table, last);
            if (src.index != null) {
                KeySchema ik = src.index.def.keys();
                lek.set(ik.hash().name(), last.get(ik.hash().name()));
                if (ik.range() != null) {
                    lek.set(ik.range().name(), last.get(ik.range().name()));
                }
            }
            res.set("LastEvaluatedKey", lek);
        }
        if (Capacity.wanted(req)) {
            Capacity c = new Capacity(src.table.schema.name(), false);
            double units = Capacity.readUnits(bytes, consistent);
            if (src.index == null) {
                c.addTable(units);
            } else {
                c.addIndexRead(src.index.def, units);
            }
            res.set("ConsumedCapacity", c.toJson(Capacity.indexes(req)));
        }
        return res;
    }
}
