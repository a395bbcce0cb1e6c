package id.pekalongan.batikberlian.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import id.pekalongan.batikberlian.domain.benefit.ChildInput;
import id.pekalongan.batikberlian.domain.benefit.ClaimOutcome;
import id.pekalongan.batikberlian.domain.benefit.ClaimRequest;
import id.pekalongan.batikberlian.domain.benefit.HeirInput;
import id.pekalongan.batikberlian.domain.claim.ClaimRecord;
import id.pekalongan.batikberlian.domain.claim.ClaimStatus;
import id.pekalongan.batikberlian.domain.claim.ClaimTransition;
import id.pekalongan.batikberlian.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The claims table's item layout. Key {@code claimId}; {@code nik} and {@code incidentDate} feed the {@code byNik}
 * index. The figures a report needs are plain attributes (type, status, totals); the nested parts (children, heirs,
 * the full breakdown, the priced request) are JSON strings, written and read back by one mapper, so that what was
 * priced is kept exactly as it was priced.
 */
public final class ClaimItems {

    private ClaimItems() {
    }

    public static Map<String, AttributeValue> toItem(ClaimRecord c) {
        ClaimRequest r = c.request();
        ClaimOutcome.Computed b = c.breakdown();
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("claimId", Attr.s(c.claimId()));
        item.put("nik", Attr.s(r.nik()));
        item.put("type", Attr.s(r.type()));
        item.put("incidentDate", Attr.s(r.incidentDate().toString()));
        item.put("status", Attr.s(c.status().name()));
        item.put("tableVersion", Attr.s(b.tableVersion()));
        item.put("totalCash", Attr.n(b.totalCash()));
        item.put("scholarshipTotal", Attr.n(b.scholarshipTotal()));
        item.put("medicalCostRecorded", Attr.n(b.medicalCostRecorded()));
        item.put("children", Attr.s(write(r.children())));
        item.put("heirs", Attr.s(write(r.heirs())));
        item.put("breakdown", Attr.s(write(b)));
        item.put("request", Attr.s(write(r)));
        item.put("history", history(c.history()));
        item.put("createdAt", Attr.s(c.createdAt().toString()));
        item.put("participantEnded", Attr.bool(c.participantEnded()));
        item.put("version", Attr.n(c.version()));
        return item;
    }

    public static ClaimRecord fromItem(Map<String, AttributeValue> item) {
        ClaimRequest request = read(Attr.string(item, "request"), new TypeReference<>() { });
        ClaimOutcome.Computed breakdown = read(Attr.string(item, "breakdown"), new TypeReference<>() { });
        List<ClaimTransition> history = new ArrayList<>();
        for (AttributeValue v : item.getOrDefault("history", AttributeValue.fromL(List.of())).l()) {
            history.add(transition(v));
        }
        AttributeValue ended = item.get("participantEnded");
        return new ClaimRecord(Attr.string(item, "claimId"), request, breakdown,
                ClaimStatus.valueOf(Attr.string(item, "status")), history,
                Instant.parse(Attr.string(item, "createdAt")), ended != null && Boolean.TRUE.equals(ended.bool()),
                Attr.number(item, "version", 0));
    }

    public static AttributeValue history(List<ClaimTransition> history) {
        return AttributeValue.fromL(history.stream().map(ClaimItems::transition).toList());
    }

    public static AttributeValue transition(ClaimTransition t) {
        return AttributeValue.fromM(Map.of(
                "status", Attr.s(t.status().name()),
                "by", Attr.s(t.by()),
                "at", Attr.s(t.at().toString())));
    }

    private static ClaimTransition transition(AttributeValue v) {
        Map<String, AttributeValue> m = v.m();
        return new ClaimTransition(ClaimStatus.valueOf(Attr.string(m, "status")), Attr.string(m, "by"),
                Instant.parse(Attr.string(m, "at")));
    }

    /** Kept for readers of the raw item (reports): the children and heirs as the claim declared them. */
    public static List<ChildInput> children(Map<String, AttributeValue> item) {
        return read(Attr.string(item, "children"), new TypeReference<>() { });
    }

    public static List<HeirInput> heirs(Map<String, AttributeValue> item) {
        return read(Attr.string(item, "heirs"), new TypeReference<>() { });
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim part could not be written as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored claim part is not readable JSON", e);
        }
    }
}
