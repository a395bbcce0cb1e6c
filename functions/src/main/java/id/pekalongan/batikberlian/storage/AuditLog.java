package id.pekalongan.batikberlian.storage;

import id.pekalongan.batikberlian.config.Resources;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The programme's append-only, hash-chained audit log: who changed what, when, from what to what. Each entry's hash
 * covers the previous entry's hash and its own fields, so changing or removing any entry breaks every link after it,
 * and {@link #verify()} finds the first broken one.
 *
 * <p>Layout in the programme table: entries {@code pk=AUDIT, sk=000000000001…} (zero-padded sequence number) and a
 * head {@code pk=AUDIT, sk=HEAD} holding the last sequence number and hash. An append writes the entry and moves the
 * head in one transaction, conditional on the head still being where it was read, so concurrent appends serialise:
 * the loser reads the head again and links after the winner. Callers may add their own writes to the same
 * transaction, so a configuration change or a decision is never stored without its entry, nor an entry without it.
 */
@Component
public class AuditLog {

    public static final String PK = "AUDIT";
    public static final String HEAD = "HEAD";
    static final String GENESIS = "0".repeat(64);
    private static final int SEQ_DIGITS = 12;
    private static final int ATTEMPTS = 200;

    /** One change to record; {@code subjectMasked} is a masked NIK or a claim id, never a full NIK. */
    public record Change(String who, String what, String subjectMasked, String oldValue, String newValue) {
    }

    public record Entry(long seq, String at, String who, String what, String subjectMasked, String oldValue,
                        String newValue, String prevHash, String hash) {
    }

    /**
     * @param firstBroken the sequence number of the first entry that does not check out, or null when intact
     * @param problem     HASH_MISMATCH, PREV_HASH_MISMATCH, SEQUENCE_GAP or HEAD_MISMATCH; null when intact
     */
    public record Verification(boolean intact, long checked, Long firstBroken, String problem) {
    }

    /**
     * A condition on one of the caller's own writes failed, so nothing was written, the entry neither.
     *
     * @param reasons one per caller's write, in the caller's order
     */
    public static final class Refused extends RuntimeException {
        private final transient List<CancellationReason> reasons;

        Refused(List<CancellationReason> reasons) {
            super("a condition on the audited write failed", null, false, false);
            this.reasons = List.copyOf(reasons);
        }

        public List<CancellationReason> reasons() {
            return reasons;
        }

        /** Whether the condition on the caller's write at {@code index} was the one that failed. */
        public boolean failedAt(int index) {
            return index < reasons.size() && CONDITION_FAILED.equals(reasons.get(index).code());
        }
    }

    private static final String CONDITION_FAILED = "ConditionalCheckFailed";
    /** The head and the entry come before the caller's writes in every transaction. */
    private static final int OWN_WRITES = 2;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock = Clock.systemUTC();

    public AuditLog(DynamoDbClient dynamo, Resources resources) {
        this.dynamo = dynamo;
        this.table = resources.programmeTable();
    }

    public Entry append(Change change) {
        return append(change, List.of());
    }

    /**
     * Appends one entry, writing {@code together} in the same transaction (their conditions are kept).
     *
     * @throws Refused when a condition on one of {@code together} failed
     */
    public Entry append(Change change, List<TransactWriteItem> together) {
        for (int attempt = 0; ; attempt++) {
            Map<String, AttributeValue> head = dynamo.getItem(b -> b.tableName(table).key(key(HEAD))
                    .consistentRead(true)).item();
            boolean first = head == null || head.isEmpty();
            long prevSeq = first ? 0 : Attr.number(head, "seq", 0);
            String prevHash = first ? GENESIS : Attr.string(head, "hash");
            long seq = prevSeq + 1;
            String at = clock.instant().toString();
            String who = change.who() == null ? "sistem" : change.who();
            String hash = hash(prevHash, seq, at, who, change.what(), change.subjectMasked(), change.oldValue(),
                    change.newValue());
            Entry entry = new Entry(seq, at, who, change.what(), change.subjectMasked(), change.oldValue(),
                    change.newValue(), prevHash, hash);

            Map<String, AttributeValue> newHead = new HashMap<>(key(HEAD));
            newHead.put("seq", Attr.n(seq));
            newHead.put("hash", Attr.s(hash));
            Put headPut = first
                    ? Put.builder().tableName(table).item(newHead).conditionExpression("attribute_not_exists(pk)")
                    .build()
                    : Put.builder().tableName(table).item(newHead).conditionExpression("seq = :prev")
                    .expressionAttributeValues(Map.of(":prev", Attr.n(prevSeq))).build();
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(TransactWriteItem.builder().put(headPut).build());
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(entry))
                    .conditionExpression("attribute_not_exists(pk)").build()).build());
            writes.addAll(together);
            try {
                dynamo.transactWriteItems(b -> b.transactItems(writes));
                return entry;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (callersConditionFailed(reasons)) {
                    throw new Refused(reasons.subList(OWN_WRITES, reasons.size()));
                }
                if (!lostTheRace(reasons) || attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A failed condition on a caller's write is the caller's answer, whether or not the head moved too. */
    private static boolean callersConditionFailed(List<CancellationReason> reasons) {
        return reasons != null && reasons.stream().skip(OWN_WRITES)
                .anyMatch(r -> CONDITION_FAILED.equals(r.code()));
    }

    /** Another append moved the head first (or is moving it): anything else is the caller's own condition. */
    private static boolean lostTheRace(List<CancellationReason> reasons) {
        if (reasons == null) {
            return true;
        }
        for (int i = 0; i < reasons.size(); i++) {
            String code = reasons.get(i).code();
            if (code == null || "None".equals(code)) {
                continue;
            }
            boolean ours = i < OWN_WRITES;
            if (!ours && !"TransactionConflict".equals(code)) {
                return false;
            }
        }
        return true;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5 + Math.min(attempt, 20) * 5L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to the audit log", e);
        }
    }

    /** Every entry, oldest first. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", Attr.s(PK), ":from", Attr.s(sk(1)),
                        ":to", Attr.s("0" + "9".repeat(SEQ_DIGITS - 1))))).items()) {
            entries.add(entry(item));
        }
        return entries;
    }

    /** Walks the chain from the first entry and reports the first entry that does not check out. */
    public Verification verify() {
        String prevHash = GENESIS;
        long expected = 1;
        for (Entry e : entries()) {
            if (e.seq() != expected) {
                return new Verification(false, expected - 1, expected, "SEQUENCE_GAP");
            }
            if (!prevHash.equals(e.prevHash())) {
                return new Verification(false, expected - 1, e.seq(), "PREV_HASH_MISMATCH");
            }
            String recomputed = hash(e.prevHash(), e.seq(), e.at(), e.who(), e.what(), e.subjectMasked(),
                    e.oldValue(), e.newValue());
            if (!recomputed.equals(e.hash())) {
                return new Verification(false, expected - 1, e.seq(), "HASH_MISMATCH");
            }
            prevHash = e.hash();
            expected++;
        }
        Map<String, AttributeValue> head = dynamo.getItem(b -> b.tableName(table).key(key(HEAD))
                .consistentRead(true)).item();
        long headSeq = head == null || head.isEmpty() ? 0 : Attr.number(head, "seq", 0);
        String headHash = head == null || head.isEmpty() ? GENESIS : Attr.string(head, "hash");
        if (headSeq != expected - 1 || !headHash.equals(prevHash)) {
            // Entries removed from the end, or the head moved without its entry.
            return new Verification(false, expected - 1, Math.min(headSeq, expected), "HEAD_MISMATCH");
        }
        return new Verification(true, expected - 1, null, null);
    }

    /** SHA-256 over the previous hash and the entry's fields, each length-prefixed so no two entries read alike. */
    static String hash(String prevHash, long seq, String at, String who, String what, String subject,
                       String oldValue, String newValue) {
        StringBuilder canonical = new StringBuilder(prevHash).append('|').append(seq);
        for (String field : new String[] {at, who, what, subject, oldValue, newValue}) {
            canonical.append('|');
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String sk(long seq) {
        return String.format("%0" + SEQ_DIGITS + "d", seq);
    }

    private static Map<String, AttributeValue> key(String sk) {
        return Map.of("pk", Attr.s(PK), "sk", Attr.s(sk));
    }

    private static Map<String, AttributeValue> item(Entry e) {
        Map<String, AttributeValue> item = new HashMap<>(key(sk(e.seq())));
        item.put("seq", Attr.n(e.seq()));
        item.put("at", Attr.s(e.at()));
        item.put("who", Attr.s(e.who()));
        item.put("what", text(e.what()));
        item.put("subject", text(e.subjectMasked()));
        item.put("old", text(e.oldValue()));
        item.put("new", text(e.newValue()));
        item.put("prevHash", Attr.s(e.prevHash()));
        item.put("hash", Attr.s(e.hash()));
        return item;
    }

    private static AttributeValue text(String value) {
        return value == null ? AttributeValue.fromNul(true) : Attr.s(value);
    }

    private static Entry entry(Map<String, AttributeValue> item) {
        return new Entry(Attr.number(item, "seq", -1), Attr.string(item, "at"), Attr.string(item, "who"),
                Attr.string(item, "what"), Attr.string(item, "subject"), Attr.string(item, "old"),
                Attr.string(item, "new"), Attr.string(item, "prevHash"), Attr.string(item, "hash"));
    }
}
