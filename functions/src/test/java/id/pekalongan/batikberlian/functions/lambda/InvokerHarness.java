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
 * context) per function and set of its own variables, kept for the test JVM as a Lambda execution environment keeps
 * it.
 */
final class InvokerHarness {

    private record Key(String function, Map<String, String> variables) {
    }

    private static final Map<Key, FunctionInvoker> INVOKERS = new HashMap<>();

    private InvokerHarness() {
    }

    /** The function's answer; a function error comes back as the exception the runtime would report. */
    static String invoke(String function, String event) throws Exception {
        return invoke(invoker(function, Map.of()), function, event);
    }

    /**
     * As {@link #invoke(String, String)}, with variables that the template gives this function alone (its own
     * {@code Environment}): in force while its context starts and while it runs, then put back, so that no other
     * function's context reads them.
     */
    static synchronized String invoke(String function, String event, Map<String, String> variables)
            throws Exception {
        Map<String, String> previous = new HashMap<>();
        variables.keySet().forEach(k -> previous.put(k, System.getProperty(k)));
        try {
            variables.forEach(System::setProperty);
            return invoke(invoker(function, Map.copyOf(variables)), function, event);
        } finally {
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    private static String invoke(FunctionInvoker invoker, String function, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        invoker.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new LambdaContext(UUID.randomUUID().toString(), function, 1024, System.currentTimeMillis() + 60_000));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static synchronized FunctionInvoker invoker(String function, Map<String, String> variables) {
        return INVOKERS.computeIfAbsent(new Key(function, variables), k -> {
            // FunctionInvoker starts its own context from the environment, as in Lambda: give it the variables the
            // template gives every function, pointed at the local servers.
            FunctionsApp.properties(LocalAws.get()).forEach((name, v) -> System.setProperty(name, String.valueOf(v)));
            System.setProperty("MAIN_CLASS", BatikBerlianApplication.class.getName());
            return new FunctionInvoker(function);
        });
    }
}
