package id.pekalongan.batikberlian.emulators;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * What a Lambda execution environment does on a cold start, in a JVM of its own: load the handler named in
 * {@code template.yaml} ({@code FunctionInvoker}) from the deployment package, and hand it one event.
 *
 * <p>{@code java -cp <package.zip>:<this module> id.pekalongan.batikberlian.emulators.FreshJvmInvoke FUNCTION EVENT_FILE
 * [TIMEOUT_SECONDS]} prints the function's answer on one line after {@code ANSWER }, and exits 0; a function error
 * exits 1. The context's deadline is the timeout from the start of the call, 60 s unless given: a function that
 * watches its remaining time (a long upload hands itself on) sees the one its template gives it.
 */
public final class FreshJvmInvoke {

    static final String HANDLER = "org.springframework.cloud.function.adapter.aws.FunctionInvoker";
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    private FreshJvmInvoke() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: FreshJvmInvoke FUNCTION EVENT_FILE [TIMEOUT_SECONDS]");
            System.exit(2);
        }
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        long timeoutMillis = (args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_TIMEOUT_SECONDS) * 1000L;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Class<?> handler = Class.forName(HANDLER);
            Object invoker = handler.getConstructor(String.class).newInstance(args[0]);
            handler.getMethod("handleRequest", InputStream.class, OutputStream.class, Context.class)
                    .invoke(invoker, new ByteArrayInputStream(event), out,
                            new LambdaContext(UUID.randomUUID().toString(), args[0], 1024,
                                    System.currentTimeMillis() + timeoutMillis));
        } catch (InvocationTargetException e) {
            System.out.println("ERROR " + e.getCause());
            System.exit(1);
        }
        System.out.println("ANSWER " + out.toString(StandardCharsets.UTF_8).replace('\n', ' '));
        System.exit(0);
    }
}
