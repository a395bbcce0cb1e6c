package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.emulators.LambdaContext;
import id.pekalongan.batikberlian.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * The functions as Lambda runs them: each through Spring Cloud Function's {@link FunctionInvoker}, the handler named
 * in {@code template.yaml}, with its own application context, created on first use.
 */
final class LambdaRuntime implements AutoCloseable {

    private final Map<String, FunctionSpec> specs;
    private final Map<String, FunctionInvoker> invokers = new LinkedHashMap<>();
    private final Map<String, Long> firstInvocationMillis = new LinkedHashMap<>();

    LambdaRuntime(Map<String, FunctionSpec> specs) {
        this.specs = specs;
    }

    Set<String> functionNames() {
        return specs.keySet();
    }

    boolean exists(String name) {
        return specs.containsKey(name);
    }

    FunctionSpec spec(String name) {
        return specs.get(name);
    }

    /** Runs the function; an exception becomes Lambda's error document, never a stack trace on the wire. */
    Invocation invoke(String name, byte[] event) {
        FunctionSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no function " + name);
        }
        String requestId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            FunctionInvoker invoker = invoker(spec);
            invoker.handleRequest(new ByteArrayInputStream(event), out,
                    new LambdaContext(requestId, name, spec.memoryMb(),
                            System.currentTimeMillis() + spec.timeoutSeconds() * 1000L));
            long millis = (System.nanoTime() - start) / 1_000_000;
            synchronized (firstInvocationMillis) {
                firstInvocationMillis.putIfAbsent(name, millis);
            }
            return new Invocation(out.toByteArray(), false, requestId, millis);
        } catch (Throwable e) {
            Throwable root = rootCause(e);
            ObjectNode error = Json.MAPPER.createObjectNode();
            error.put("errorMessage", root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
            error.put("errorType", root.getClass().getName());
            error.putArray("stackTrace");
            System.err.println("{\"event\":\"function_error\",\"function\":\"" + name + "\",\"requestId\":\""
                    + requestId + "\",\"errorType\":\"" + root.getClass().getSimpleName() + "\"}");
            return new Invocation(error.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), true,
                    requestId, (System.nanoTime() - start) / 1_000_000);
        }
    }

    Map<String, Long> firstInvocationMillis() {
        synchronized (firstInvocationMillis) {
            return new LinkedHashMap<>(firstInvocationMillis);
        }
    }

    /** Starts a function's context ahead of its first event, as a provisioned or SnapStart'ed Lambda would be. */
    void warm(String name) {
        invoker(specs.get(name));
    }

    private FunctionInvoker invoker(FunctionSpec spec) {
        synchronized (invokers) {
            return invokers.computeIfAbsent(spec.name(), n -> new FunctionInvoker(spec.definition()));
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void close() {
        // FunctionInvoker keeps its context for the life of the process, as a Lambda execution environment does.
    }
}
