package id.pekalongan.batikberlian.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The DynamoDB Streams API: ListStreams, DescribeStream, GetShardIterator and GetRecords. A shard iterator is an
 * opaque string naming the stream, the next sequence number to read and when it was issued; it expires after 15
 * minutes as DynamoDB's do.
 */
final class StreamOperations {

    static final long ITERATOR_MILLIS = 15 * 60 * 1000;

    private final Database db;

    StreamOperations(Database db) {
        this.db = db;
    }

    private record Found(Table table, StreamShard shard) {
    }

    private Found byArn(String arn) {
        if (arn == null) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'streamArn' failed to "
                    + "satisfy constraint: Member must not be null");
        }
        int t = arn.indexOf(":table/");
        int s = arn.indexOf("/stream/");
        if (t < 0 || s < t) {
            throw DynamoDbException.validation("Invalid StreamArn");
        }
        String table = arn.substring(t + 7, s);
        String label = arn.substring(s + 8);
        Table tab = db.tables.get(table);
        if (tab != null) {
            StreamShard shard = db.read(tab, () -> {
                for (StreamShard x : tab.streams) {
                    if (x.label.equals(label)) {
                        return x;
                    }
                }
                return null;
            });
            if (shard != null) {
                return new Found(tab, shard);
            }
        }
        throw DynamoDbException.notFound("Requested resource not found: Stream: " + arn + " not found");
    }

    ObjectNode listStreams(ObjectNode req, RequestContext ctx) {
        String only = Json.text(req, "TableName");
        int limit = req.hasNonNull("Limit") ? req.get("Limit").asInt() : 100;
        String after = Json.text(req, "ExclusiveStartStreamArn");
        List<ObjectNode> all = new ArrayList<>();
        for (Table t : db.tables.values()) {
            if (only != null && !only.equals(t.schema.name())) {
                continue;
            }
            db.read(t, () -> {
                for (StreamShard s : t.streams) {
                    all.add(Json.object().put("StreamArn", ctx.streamArn(t.schema.name(), s.label))
                            .put("TableName", t.schema.name()).put("StreamLabel", s.label));
                }
                return null;
            });
        }
        if (only != null && !db.tables.containsKey(only)) {
            throw DynamoDbException.notFound("Requested resource not found: Table: " + only + " not found");
        }
        ObjectNode res = Json.object();
        ArrayNode out = res.putArray("Streams");
        boolean started = after == null;
        for (ObjectNode s : all) {
            if (!started) {
                started = s.get("StreamArn").asText().equals(after);
                continue;
            }
            if (out.size() == limit) {
                res.put("LastEvaluatedStreamArn", out.get(out.size() - 1).get("StreamArn").asText());
                break;
            }
            out.add(s);
        }
        return res;
    }

    ObjectNode describeStream(ObjectNode req, RequestContext ctx) {
        Found f = byArn(Json.text(req, "StreamArn"));
        StreamShard s = f.shard;
        ObjectNode d = Json.object();
        d.put("StreamArn", ctx.streamArn(s.tableName, s.label));
        d.put("StreamLabel", s.label);
        d.put("StreamStatus", s.enabled() ? "ENABLED" : "DISABLED");
        d.put("StreamViewType", s.viewType);
        d.put("CreationRequestDateTime", s.createdMillis / 1000.0);
        d.put("TableName", s.tableName);
        d.set("KeySchema", s.keys.toJson());
        ArrayNode shards = d.putArray("Shards");
        String exclusiveStart = Json.text(req, "ExclusiveStartShardId");
        if (exclusiveStart == null || !exclusiveStart.equals(s.shardId)) {
            ObjectNode sh = shards.addObject().put("ShardId", s.shardId);
            ObjectNode range = sh.putObject("SequenceNumberRange")
                    .put("StartingSequenceNumber", StreamShard.format(s.startingSequence));
            if (!s.enabled()) {
                range.put("EndingSequenceNumber", StreamShard.format(s.endingSequence()));
            }
        }
        ObjectNode res = Json.object();
        res.set("StreamDescription", d);
        return res;
    }

    ObjectNode getShardIterator(ObjectNode req, RequestContext ctx) {
        String arn = Json.text(req, "StreamArn");
        Found f = byArn(arn);
        StreamShard s = f.shard;
        String shardId = Json.requiredText(req, "ShardId");
        if (!shardId.equals(s.shardId)) {
            throw DynamoDbException.notFound("Requested resource not found: Shard does not exist");
        }
        String type = Json.requiredText(req, "ShardIteratorType");
        long trimmed = s.trimmedThrough();
        long pos;
        switch (type) {
            case "TRIM_HORIZON" -> pos = trimmed + 1;
            case "LATEST" -> pos = s.lastSequence() + 1;
            case "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER" -> {
                String seq = Json.text(req, "SequenceNumber");
                if (seq == null) {
                    throw DynamoDbException.validation("Exactly one of SequenceNumber or Timestamp must be "
                            + "specified for the iterator type " + type);
                }
                long n = StreamShard.parse(seq);
                if (n < 0) {
                    throw DynamoDbException.validation("Invalid SequenceNumber: " + seq);
                }
                pos = type.equals("AT_SEQUENCE_NUMBER") ? n : n + 1;
                if (pos >= s.startingSequence && pos <= trimmed) {
                    throw new DynamoDbException(DynamoDbException.TRIMMED_DATA, 400, "Attempted to access data "
                            + "older than the trim horizon: sequence number " + seq + " was trimmed");
                }
                // A number from before this stream's start (an earlier run of the server: stream records are
                // kept in memory only) reads from the oldest record kept.
                pos = Math.max(pos, trimmed + 1);
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + type + "' at "
                    + "'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[AFTER_SEQUENCE_NUMBER, LATEST, AT_SEQUENCE_NUMBER, TRIM_HORIZON]");
        }
        return Json.object().put("ShardIterator", iterator(s, pos, EngineClock.millis()));
    }

    private static String iterator(StreamShard s, long pos, long issued) {
        String raw = "1|" + s.tableName + "|" + s.label + "|" + pos + "|" + issued;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    ObjectNode getRecords(ObjectNode req, RequestContext ctx) {
        String it = Json.requiredText(req, "ShardIterator");
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(it), StandardCharsets.UTF_8).split("\\|");
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 5 || !parts[0].equals("1")) {
            throw DynamoDbException.validation("Invalid ShardIterator");
        }
        int limit = req.hasNonNull("Limit") ? req.get("Limit").asInt() : 1000;
        if (limit < 1 || limit > 1000) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value " + (limit < 1 ? "greater than or equal to 1"
                    : "less than or equal to 1000"));
        }
        long pos = Long.parseLong(parts[3]);
        long issued = Long.parseLong(parts[4]);
        long now = EngineClock.millis();
        if (now - issued > ITERATOR_MILLIS) {
            throw new DynamoDbException(DynamoDbException.EXPIRED_ITERATOR, 400, "Iterator expired. The iterator was "
                    + "created at time " + java.time.Instant.ofEpochMilli(issued) + " while right now it's "
                    + java.time.Instant.ofEpochMilli(now) + " which is further in the future than the tolerated "
                    + "delay of " + ITERATOR_MILLIS + " milliseconds.");
        }
        Found f = byArn("arn:aws:dynamodb:" + ctx.region() + ":" + RequestContext.ACCOUNT + ":table/" + parts[1]
                + "/stream/" + parts[2]);
        StreamShard s = f.shard;
        if (pos <= s.trimmedThrough() && pos >= s.startingSequence) {
            throw new DynamoDbException(DynamoDbException.TRIMMED_DATA, 400, "Attempted to access data older than "
                    + "the trim horizon");
        }
        List<StreamRecord> records = s.read(pos, limit);
        ObjectNode res = Json.object();
        ArrayNode out = res.putArray("Records");
        long next = pos;
        for (StreamRecord r : records) {
            out.add(render(r, s, ctx));
            next = r.sequence() + 1;
        }
        boolean closedAndRead = !s.enabled() && next > s.endingSequence();
        if (!closedAndRead) {
            res.put("NextShardIterator", iterator(s, next, now));
        }
        return res;
    }

    private static ObjectNode render(StreamRecord r, StreamShard s, RequestContext ctx) {
        ObjectNode o = Json.object();
        o.put("eventID", UUID.nameUUIDFromBytes(Long.toString(r.sequence()).getBytes(StandardCharsets.US_ASCII))
                .toString());
        o.put("eventName", r.eventName());
        o.put("eventVersion", "1.1");
        o.put("eventSource", "aws:dynamodb");
        o.put("awsRegion", ctx.region());
        ObjectNode d = o.putObject("dynamodb");
        d.put("ApproximateCreationDateTime", r.createdMillis() / 1000);
        d.set("Keys", r.keys());
        long size = ItemSize.of(r.keys());
        if ((s.viewType.equals("NEW_IMAGE") || s.viewType.equals("NEW_AND_OLD_IMAGES")) && r.newImage() != null) {
            d.set("NewImage", r.newImage());
            size += ItemSize.of(r.newImage());
        }
        if ((s.viewType.equals("OLD_IMAGE") || s.viewType.equals("NEW_AND_OLD_IMAGES")) && r.oldImage() != null) {
            d.set("OldImage", r.oldImage());
            size += ItemSize.of(r.oldImage());
        }
        d.put("SequenceNumber", StreamShard.format(r.sequence()));
        d.put("SizeBytes", size);
        d.put("StreamViewType", s.viewType);
        if (r.byTtl()) {
            // The Streams API's Identity shape (PrincipalId, Type); Lambda's event form spells them in lower case.
            o.putObject("userIdentity").put("PrincipalId", "dynamodb.amazonaws.com").put("Type", "Service");
        }
        return o;
    }
}
