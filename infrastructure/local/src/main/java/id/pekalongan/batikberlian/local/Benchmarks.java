package id.pekalongan.batikberlian.local;

import java.util.List;

/** {@code bench <name>}: programs that print measured figures as {@code key=value} lines. */
final class Benchmarks {

    private Benchmarks() {
    }

    static int run(List<String> args) {
        String name = args.isEmpty() ? "" : args.get(0);
        System.err.println("batik-berlian-local: benchmark '" + name + "' is not available in this build; "
                + "see README, Performance");
        return 2;
    }
}
