package id.pekalongan.batikberlian.functions.lambda;

import id.pekalongan.batikberlian.BatikBerlianApplication;
import id.pekalongan.batikberlian.emulators.LambdaContext;
import id.pekalongan.batikberlian.testing.FunctionsApp;
import id.pekalongan.batikberlian.testing.LocalAws;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * The handler {@code template.yaml} deploys, {@code FunctionInvoker}, in this JVM: the raw bytes of an event in,
 * the raw bytes of the answer out, exactly as Lambda's Java runtime hands them over. One invoker (one Spring
 * context) per function, kept for the test JVM as a Lambda execution environment keeps it.
 */
final class InvokerHarness {

    private static final Map<String, FunctionInvoker> INVOKERS = new HashMap<>();

    private InvokerHarness() {
    }

    /** The function's answer; a function error comes back as the exception the runtime would report. */
    static String invoke(String function, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        invoker(function).handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LambdaContext(UUID.randomUUID().toString(), function, 1024, System.currentTimeMillis() + 60_000));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static synchronized FunctionInvoker invoker(String function) {
        return INVOKERS.computeIfAbsent(function, f -> {
            // FunctionInvoker starts its own context from the environment, as in Lambda: give it the variables the
            // template gives every function, pointed at the local servers.
            FunctionsApp.properties(LocalAws.get()).forEach((k, v) -> System.setProperty(k, String.valueOf(v)));
            System.setProperty("MAIN_CLASS", BatikBerlianApplication.class.getName());
            return new FunctionInvoker(f);
        });
    }
}
