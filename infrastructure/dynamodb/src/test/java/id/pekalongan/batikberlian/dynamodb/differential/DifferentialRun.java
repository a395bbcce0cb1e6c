package id.pekalongan.batikberlian.dynamodb.differential;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * One seed's sequence, run step by step on a reference engine and on the engine under test, every aspect of every
 * answer compared, the shared state compared every {@value #STATE_EVERY} steps and at the end.
 *
 * <p>After a step whose answers differ (whether or not a known divergence explains it) the items it may have
 * written are copied from the engine under test to the reference, so that one difference is reported once and does
 * not cascade into every later step.
 */
final class DifferentialRun {

    static final int STATE_EVERY = 25;

    final long seed;
    final List<String> mismatches = new ArrayList<>();
    final Map<String, Integer> excused = new TreeMap<>();
    final Map<String, Integer> comparedByKind = new TreeMap<>();
    final Map<String, Integer> statusCounts = new TreeMap<>();
    int aspectsCompared;

    DifferentialRun(long seed) {
        this.seed = seed;
    }

    DifferentialRun run(int operations, DynamoDbClient reference, DynamoDbClient subject) {
        Workload w = new Workload(seed);
        w.createTables(reference);
        w.createTables(subject);
        try {
            for (int i = 1; i <= operations; i++) {
                step(w, w.next(), reference, subject);
                if (i % STATE_EVERY == 0 || i == operations) {
                    step(w, w.state(), reference, subject);
                }
            }
        } finally {
            w.deleteTables(reference);
            w.deleteTables(subject);
        }
        return this;
    }

    private void step(Workload w, Step s, DynamoDbClient reference, DynamoDbClient subject) {
        List<Boolean> existed = new ArrayList<>();
        for (Step.Touched t : s.touched()) {
            GetItemResponse r = subject.getItem(b -> b.tableName(t.table()).key(t.key()).consistentRead(true));
            existed.add(r.hasItem() && !r.item().isEmpty());
        }
        Outcome ref = s.run(reference);
        Outcome sub = s.run(subject);
        comparedByKind.merge(s.kind(), 1, Integer::sum);
        statusCounts.merge(s.kind() + " " + sub.status(), 1, Integer::sum);
        boolean differed = false;
        Set<String> aspects = new LinkedHashSet<>(ref.aspects.keySet());
        aspects.addAll(sub.aspects.keySet());
        for (String aspect : aspects) {
            aspectsCompared++;
            String a = ref.aspects.get(aspect);
            String b = sub.aspects.get(aspect);
            if (a != null && a.equals(b)) {
                continue;
            }
            differed = true;
            KnownDivergences.Divergence d = KnownDivergences.explain(aspect,
                    new KnownDivergences.Case(s, ref, sub, existed));
            if (d != null) {
                excused.merge(d.id(), 1, Integer::sum);
                continue;
            }
            mismatches.add("seed " + seed + " step " + s.index() + " " + s.kind() + " " + s.tags() + ": " + aspect
                    + "\n    reference: " + a + "\n    engine:    " + b + "\n    request:   " + s.request());
        }
        if (differed) {
            resync(w, s, reference, subject);
        }
    }

    private static void resync(Workload w, Step s, DynamoDbClient reference, DynamoDbClient subject) {
        if (s.kind().equals("State")) {
            for (String table : List.of(w.hash, w.range)) {
                for (Map<String, AttributeValue> item : all(reference, table)) {
                    Map<String, AttributeValue> key = new TreeMap<>(item);
                    key.keySet().retainAll(Set.of("pk", "sk"));
                    reference.deleteItem(b -> b.tableName(table).key(key));
                }
                for (Map<String, AttributeValue> item : all(subject, table)) {
                    reference.putItem(b -> b.tableName(table).item(item));
                }
            }
            return;
        }
        for (Step.Touched t : s.touched()) {
            GetItemResponse now = subject.getItem(b -> b.tableName(t.table()).key(t.key()).consistentRead(true));
            if (now.hasItem() && !now.item().isEmpty()) {
                Map<String, AttributeValue> item = now.item();
                reference.putItem(b -> b.tableName(t.table()).item(item));
            } else {
                reference.deleteItem(b -> b.tableName(t.table()).key(t.key()));
            }
        }
    }

    private static List<Map<String, AttributeValue>> all(DynamoDbClient c, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        c.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(items::add);
        return items;
    }

    String summary() {
        return "seed " + seed + ": " + comparedByKind + ", " + aspectsCompared + " aspects compared, "
                + mismatches.size() + " mismatches, excused " + excused + "; engine answers " + statusCounts;
    }
}
