package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The tables and the one way to change them. Lock discipline: a write takes the commit gate's read side (the
 * snapshot takes its write side, to see a still state), then the write locks of every table it touches in table-name
 * order (so two transactions never deadlock), decides its changes, applies them, appends their stream records and
 * hands its log record over, all under the locks, then releases them and waits for the log to be on disk before the
 * answer goes out. Log order is therefore commit order for every table.
 */
final class Database implements AutoCloseable {

    /** Work done under the write locks: adds the changes it decides to {@code changes} and returns the answer. */
    interface Work<T> {
        T run(List<Change> changes);
    }

    final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
    final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final Object ddl = new Object();
    private Persistence persistence;

    void persistence(Persistence p) {
        this.persistence = p;
    }

    Table table(String name) {
        if (name == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'tableName' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        Table t = tables.get(name);
        if (t == null) {
            TableSchema.checkName(name, "tableName");
            throw DynamoDbException.notFound("Requested resource not found");
        }
        return t;
    }

    private static List<Table> ordered(List<Table> ts) {
        if (ts.size() == 1) {
            return ts;
        }
        List<Table> out = new ArrayList<>(ts.stream().distinct().toList());
        out.sort(Comparator.comparing(t -> t.schema.name()));
        return out;
    }

    /** Runs a read under the read locks of the given tables. */
    <T> T read(List<Table> ts, Supplier<T> body) {
        List<Table> order = ordered(ts);
        int locked = 0;
        try {
            for (Table t : order) {
                t.lock.readLock().lock();
                locked++;
                if (t.deleted) {
                    throw DynamoDbException.notFound("Requested resource not found");
                }
            }
            return body.get();
        } finally {
            for (int i = locked - 1; i >= 0; i--) {
                order.get(i).lock.readLock().unlock();
            }
        }
    }

    <T> T read(Table t, Supplier<T> body) {
        return read(List.of(t), body);
    }

    <T> T write(List<Table> ts, Work<T> body) {
        return write(ts, body, false);
    }

    /** Runs a write under the write locks of the given tables, commits what it decided, waits for durability. */
    <T> T write(List<Table> ts, Work<T> body, boolean byTtl) {
        List<Table> order = ordered(ts);
        CompletableFuture<Void> durable;
        T answer;
        gate.readLock().lock();
        try {
            int locked = 0;
            try {
                for (Table t : order) {
                    t.lock.writeLock().lock();
                    locked++;
                    if (t.deleted) {
                        throw DynamoDbException.notFound("Requested resource not found");
                    }
                }
                List<Change> changes = new ArrayList<>();
                answer = body.run(changes);
                durable = commit(changes, byTtl);
            } finally {
                for (int i = locked - 1; i >= 0; i--) {
                    order.get(i).lock.writeLock().unlock();
                }
            }
        } finally {
            gate.readLock().unlock();
        }
        awaitDurable(durable);
        return answer;
    }

    private void awaitDurable(CompletableFuture<Void> durable) {
        if (durable != null) {
            durable.join();
            persistence.afterCommit();
        }
    }

    private CompletableFuture<Void> commit(List<Change> changes, boolean byTtl) {
        List<Change> effective = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (!ItemEquality.same(c.oldItem(), c.newItem())) {
                effective.add(c);
            }
        }
        if (effective.isEmpty()) {
            return null;
        }
        long now = EngineClock.millis();
        Map<StreamShard, List<StreamRecord>> records = new LinkedHashMap<>();
        ArrayNode log = persistence == null ? null : Json.array();
        for (Change c : effective) {
            Table t = c.table();
            t.apply(c.key(), c.oldItem(), c.newItem());
            KeySchema ks = t.schema.keys();
            ObjectNode keys = Keys.keyOf(ks, c.newItem() != null ? c.newItem() : c.oldItem());
            StreamShard shard = t.stream();
            if (shard != null) {
                String event = c.oldItem() == null ? "INSERT" : c.newItem() == null ? "REMOVE" : "MODIFY";
                records.computeIfAbsent(shard, s -> new ArrayList<>()).add(new StreamRecord(
                        StreamShard.nextSequence(), now, event, keys, c.oldItem(), c.newItem(), byTtl));
            }
            if (log != null) {
                ObjectNode entry = log.addObject().put("t", t.schema.name());
                if (c.newItem() != null) {
                    entry.set("i", c.newItem());
                } else {
                    entry.set("k", keys);
                }
            }
        }
        records.forEach(StreamShard::append);
        if (log == null) {
            return null;
        }
        ObjectNode rec = Json.object();
        rec.set("w", log);
        return persistence.append(rec);
    }

    /** Creates a table; ResourceInUseException when one of that name exists. */
    void create(TableSchema schema) {
        CompletableFuture<Void> durable;
        gate.readLock().lock();
        try {
            synchronized (ddl) {
                if (tables.containsKey(schema.name())) {
                    throw DynamoDbException.inUse("Table already exists: " + schema.name());
                }
                Table t = new Table(schema);
                if (schema.streamViewType() != null) {
                    t.streams.add(new StreamShard(schema.name(), schema.streamLabel(), schema.streamViewType(),
                            schema.keys(), System.currentTimeMillis()));
                }
                tables.put(schema.name(), t);
                durable = logSchema(schema);
            }
        } finally {
            gate.readLock().unlock();
        }
        awaitDurable(durable);
    }

    /**
     * Replaces a table's schema under its write lock (UpdateTable, TTL, tags): new indexes are filled from the
     * items, removed ones dropped, a stream turned on gets a new shard and one turned off is closed.
     */
    void redefine(Table t, java.util.function.UnaryOperator<TableSchema> change) {
        CompletableFuture<Void> durable;
        gate.readLock().lock();
        try {
            t.lock.writeLock().lock();
            try {
                if (t.deleted) {
                    throw DynamoDbException.notFound("Requested resource not found");
                }
                TableSchema next = change.apply(t.schema);
                install(t, next);
                durable = logSchema(next);
            } finally {
                t.lock.writeLock().unlock();
            }
        } finally {
            gate.readLock().unlock();
        }
        awaitDurable(durable);
    }

    /** Puts a schema in place on a table, keeping indexes and streams in step with it. Caller holds the lock. */
    private static void install(Table t, TableSchema next) {
        TableSchema prev = t.schema;
        t.schema = next;
        t.indexes.keySet().removeIf(n -> next.index(n) == null);
        for (IndexDef i : next.indexes()) {
            IndexStore existing = t.indexes.get(i.name());
            if (existing == null || !existing.def.keys().equals(i.keys())
                    || !existing.def.projectionType().equals(i.projectionType())
                    || !existing.def.nonKeyAttributes().equals(i.nonKeyAttributes())) {
                IndexStore s = new IndexStore(i);
                t.backfill(s);
                t.indexes.put(i.name(), s);
            } else if (existing.def != i) {
                IndexStore s = new IndexStore(i);
                s.entries.putAll(existing.entries);
                s.sizeBytes = existing.sizeBytes;
                t.indexes.put(i.name(), s);
            }
        }
        StreamShard current = t.stream();
        if (!Objects.equals(prev.streamLabel(), next.streamLabel()) || next.streamViewType() == null) {
            if (current != null && (next.streamViewType() == null
                    || !current.label.equals(next.streamLabel()))) {
                current.disable();
            }
            if (next.streamViewType() != null && (current == null || !current.label.equals(next.streamLabel()))) {
                t.streams.add(new StreamShard(next.name(), next.streamLabel(), next.streamViewType(), next.keys(),
                        System.currentTimeMillis()));
            }
        }
    }

    void drop(Table t) {
        CompletableFuture<Void> durable;
        gate.readLock().lock();
        try {
            synchronized (ddl) {
                t.lock.writeLock().lock();
                try {
                    if (t.deleted) {
                        throw DynamoDbException.notFound("Requested resource not found: Table: " + t.schema.name()
                                + " not found");
                    }
                    t.deleted = true;
                    tables.remove(t.schema.name(), t);
                    ObjectNode rec = Json.object().put("drop", t.schema.name());
                    durable = persistence == null ? null : persistence.append(rec);
                } finally {
                    t.lock.writeLock().unlock();
                }
            }
        } finally {
            gate.readLock().unlock();
        }
        awaitDurable(durable);
    }

    private CompletableFuture<Void> logSchema(TableSchema schema) {
        if (persistence == null) {
            return null;
        }
        ObjectNode rec = Json.object();
        rec.set("table", schema.toJson());
        return persistence.append(rec);
    }

    /** Applies one record of the log or the snapshot, at start, before any client is served. */
    void replay(ObjectNode rec) {
        if (rec.has("table")) {
            TableSchema s = TableSchema.parse((ObjectNode) rec.get("table"), System.currentTimeMillis());
            Table t = tables.get(s.name());
            if (t == null) {
                t = new Table(s);
                if (s.streamViewType() != null) {
                    t.streams.add(new StreamShard(s.name(), s.streamLabel(), s.streamViewType(), s.keys(),
                            System.currentTimeMillis()));
                }
                tables.put(s.name(), t);
            } else {
                install(t, s);
            }
        } else if (rec.has("drop")) {
            Table t = tables.remove(rec.get("drop").asText());
            if (t != null) {
                t.deleted = true;
            }
        } else if (rec.has("w")) {
            for (JsonNode e : rec.get("w")) {
                Table t = tables.get(e.get("t").asText());
                if (t == null) {
                    continue;
                }
                KeySchema ks = t.schema.keys();
                if (e.has("i")) {
                    ObjectNode item = (ObjectNode) e.get("i");
                    StoreKey k = Keys.tableKey(ks, item);
                    t.apply(k, t.get(k), item);
                } else {
                    StoreKey k = Keys.tableKey(ks, (ObjectNode) e.get("k"));
                    ObjectNode old = t.get(k);
                    if (old != null) {
                        t.apply(k, old, null);
                    }
                }
            }
        }
    }

    /** Every table as records that {@link #replay} rebuilds it from; the caller holds the gate's write side. */
    void snapshot(Consumer<ObjectNode> out) {
        for (Table t : tables.values()) {
            ObjectNode def = Json.object();
            def.set("table", t.schema.toJson());
            out.accept(def);
            ArrayNode chunk = Json.array();
            for (ObjectNode item : t.items.values()) {
                chunk.add(Json.object().put("t", t.schema.name()).set("i", item));
                if (chunk.size() == 1000) {
                    out.accept((ObjectNode) Json.object().set("w", chunk));
                    chunk = Json.array();
                }
            }
            if (!chunk.isEmpty()) {
                out.accept((ObjectNode) Json.object().set("w", chunk));
            }
        }
    }

    @Override
    public void close() {
        if (persistence != null) {
            persistence.close();
        }
    }
}
