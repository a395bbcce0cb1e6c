package id.pekalongan.batikberlian.local;

import id.pekalongan.batikberlian.emulators.Ports;
import id.pekalongan.batikberlian.local.bench.BenchSuite;
import id.pekalongan.batikberlian.local.bench.LocalStackHandle;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code bench <name>}: programs that print measured figures as {@code key=value} lines. */
final class Benchmarks {

    private Benchmarks() {
    }

    static int run(List<String> args) {
        PrintStream figures = System.out;
        // Anything else printed meanwhile (the stack's banner, a library's notice) goes to stderr, so that stdout
        // holds the figures alone.
        System.setOut(System.err);
        try {
            return BenchSuite.run(args, figures, Benchmarks::startStack);
        } finally {
            System.setOut(figures);
        }
    }

    /** The whole stack on free ports, in memory, without sample data: what {@code bench http} measures. */
    static LocalStackHandle startStack(Map<String, String> parameters) throws Exception {
        int[] ports = Ports.free(4);
        List<String> flags = new ArrayList<>(List.of("--in-memory", "--no-sample-data",
                "--api-port", Integer.toString(ports[0]), "--lambda-port", Integer.toString(ports[1]),
                "--s3-port", Integer.toString(ports[2]), "--dynamodb-port", Integer.toString(ports[3])));
        if (!parameters.isEmpty()) {
            flags.add("--parameter-overrides");
            flags.add(parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" ")));
        }
        LocalStack stack = LocalStack.start(Options.parse(flags));
        String base = "http://127.0.0.1:" + ports[0];
        return new LocalStackHandle() {
            @Override
            public String apiBaseUrl() {
                return base;
            }

            @Override
            public boolean quiet() {
                return stack.quiet();
            }

            @Override
            public void close() {
                stack.close();
            }
        };
    }
}
