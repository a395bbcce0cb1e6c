package id.pekalongan.batikberlian.storage;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.config.Resources;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hash-chained audit log on the DynamoDB engine: tampering is found, concurrent appends leave one intact chain. */
class AuditLogTest {

    private AuditLog audit;
    private String table;

    @BeforeEach
    void freshTables() {
        LocalAws.get().resetTables();
        audit = FunctionsApp.bean(AuditLog.class);
        table = FunctionsApp.bean(Resources.class).programmeTable();
    }

    @ParameterizedTest
    @CsvSource({"new, 3", "old, 2", "who, 5", "subject, 1"})
    void changingOneFieldOfOneEntryIsFoundAtThatEntry(String field, long tampered) {
        ProgrammeConfigStore config = FunctionsApp.bean(ProgrammeConfigStore.class);
        config.setQuota(2031, 2000, "staf-a");
        config.setQuota(2031, 2500, "staf-b");
        audit.append(new AuditLog.Change("sistem", "eligibility decision", "3375********0001", "PENDING",
                "ACTIVE 2031"));
        audit.append(new AuditLog.Change("staf-c", "claim status", "KLM-0123456789ABCDEF01234567", "COMPUTED",
                "APPROVED"));
        audit.append(new AuditLog.Change("staf-d", "claim status", "KLM-0123456789ABCDEF01234567", "APPROVED",
                "PAID"));
        assertThat(audit.verify()).isEqualTo(new AuditLog.Verification(true, 5, null, null));
        assertThat(audit.entries()).extracting(AuditLog.Entry::what).startsWith("quota 2031", "quota 2031");

        LocalAws.get().dynamo().updateItem(b -> b.tableName(table)
                .key(Map.of("pk", Attr.s(AuditLog.PK), "sk", Attr.s(AuditLog.sk(tampered))))
                .updateExpression("SET #f = :v").expressionAttributeNames(Map.of("#f", field))
                .expressionAttributeValues(Map.of(":v", Attr.s("diubah"))));

        AuditLog.Verification v = audit.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(tampered);
        assertThat(v.problem()).isEqualTo("HASH_MISMATCH");
        assertThat(v.checked()).isEqualTo(tampered - 1);
    }

    @Test
    void aRemovedEntryOrATruncatedTailIsFound() {
        for (int i = 0; i < 4; i++) {
            audit.append(new AuditLog.Change("staf", "quota 2031", null, null, Integer.toString(i)));
        }
        LocalAws.get().dynamo().deleteItem(b -> b.tableName(table)
                .key(Map.of("pk", Attr.s(AuditLog.PK), "sk", Attr.s(AuditLog.sk(4)))));
        assertThat(audit.verify().problem()).isEqualTo("HEAD_MISMATCH");
        LocalAws.get().dynamo().deleteItem(b -> b.tableName(table)
                .key(Map.of("pk", Attr.s(AuditLog.PK), "sk", Attr.s(AuditLog.sk(2)))));
        AuditLog.Verification v = audit.verify();
        assertThat(v.firstBroken()).isEqualTo(2L);
        assertThat(v.problem()).isEqualTo("SEQUENCE_GAP");
    }

    @Test
    void twentyThreadsAppendingAtOnceLeaveOneUnbrokenChain() throws Exception {
        int threads = 20;
        int each = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String who = "staf-" + t;
                results.add(pool.submit(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seqs.add(audit.append(new AuditLog.Change(who, "quota 2032", null, null,
                                Integer.toString(i))).seq());
                    }
                    return seqs;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : results) {
                all.addAll(f.get());
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(threads * each);
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.verify()).isEqualTo(new AuditLog.Verification(true, threads * each, null, null));
        Map<String, Long> perWho = audit.entries().stream()
                .collect(Collectors.groupingBy(AuditLog.Entry::who, Collectors.counting()));
        assertThat(perWho).hasSize(threads).allSatisfy((who, n) -> assertThat(n).isEqualTo((long) each));
    }
}
