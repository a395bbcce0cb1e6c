package id.pekalongan.batikberlian.local;

import id.pekalongan.batikberlian.emulators.Ports;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar batik-berlian-local.jar [flags]}: the whole system on loopback until Ctrl-C. */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] argv) {
        List<String> args = Arrays.asList(argv);
        if (!args.isEmpty() && "bench".equals(args.get(0))) {
            System.exit(Benchmarks.run(args.subList(1, args.size())));
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("batik-berlian-local: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(options);
        } catch (Ports.PortInUseException | LocalStack.StartupException e) {
            System.err.println("batik-berlian-local: " + e.getMessage());
            System.exit(1);
            return;
        } catch (Exception | Error e) {
            System.err.println("batik-berlian-local: could not start: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
            if (System.getenv("BATIK_LOCAL_DEBUG") != null) {
                e.printStackTrace();
            }
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the local stack…");
            stack.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
