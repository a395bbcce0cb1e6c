package id.pekalongan.batikberlian.dynamodb.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The harness itself, on moto alone: the same seed through two moto servers agrees step for step (so the sequence
 * is deterministic and the comparison canonical), and a server that answers otherwise is caught.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialHarnessTest {

    private MotoServer first;
    private MotoServer second;

    @BeforeAll
    void start() throws Exception {
        Optional<Path> exe = MotoServer.find();
        if (exe.isEmpty()) {
            return;
        }
        first = MotoServer.start(exe.get());
        second = MotoServer.start(exe.get());
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    /** Assumed in each test rather than once before all, so that a run without moto reports each as skipped. */
    private void assumeMoto() {
        assumeTrue(first != null, "moto_server is not on the PATH (pip install 'moto[server]==5.2.1'): "
                + "the differential harness has nothing to compare against, skipped");
    }

    @Test
    void theSameSeedOnTwoMotoServersAgreesStepForStep() {
        assumeMoto();
        try (DynamoDbClient a = Clients.dynamo(first.endpoint()); DynamoDbClient b = Clients.dynamo(second.endpoint())) {
            DifferentialRun run = new DifferentialRun(7).run(120, a, b);
            System.out.println("moto vs moto: " + run.summary());

            assertEquals(0, run.mismatches.size(), () -> String.join("\n", run.mismatches));
            assertTrue(run.comparedByKind.keySet().containsAll(
                    java.util.List.of("PutItem", "UpdateItem", "DeleteItem", "GetItem", "Query", "Scan",
                            "BatchWriteItem", "TransactWriteItems", "State")), run.comparedByKind::toString);
        }
    }

    @Test
    void aServerThatStoresSomethingElseIsCaught() {
        assumeMoto();
        ExecutionInterceptor planted = new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest p) {
                    Map<String, AttributeValue> item = new HashMap<>(p.item());
                    item.put("planted", AttributeValue.fromN("1"));
                    return p.toBuilder().item(item).build();
                }
                return context.request();
            }
        };
        try (DynamoDbClient a = Clients.dynamo(first.endpoint());
             DynamoDbClient b = Clients.dynamo(second.endpoint(), planted)) {
            DifferentialRun run = new DifferentialRun(8).run(60, a, b);

            assertFalse(run.mismatches.isEmpty(), run::summary);
            assertTrue(run.mismatches.stream().anyMatch(m -> m.contains("planted")),
                    () -> String.join("\n", run.mismatches));
        }
    }
}
