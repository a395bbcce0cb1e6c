package id.pekalongan.batikberlian.local.bench;

import java.io.PrintStream;
import java.util.List;

/**
 * The benchmarks by name. Each prints its figures as {@code key=value} lines and ends with
 * {@code bench.<name>.done=1}; lines starting with {@code #} explain and are not figures.
 */
public final class BenchSuite {

    static final String USAGE = """
            usage: bench <name> [options]
              ingest       [--rows N] [--parse-only]     (default 100000)
              eligibility  [--applicants N] [--threads T] (default 100000, 8 lanes)
              billing      [--participants N]           (default 100000)
              http         [--clients C] [--requests R] [--max-seconds S] (default 50 x 2000, 300 s)
                           [--rate N] [--paced-requests R] [--closed false]  (paced first: 100/s, 50 x 40)
                           [--status-limit N]  (status checks a minute per address: 1000000; deployed 10)
              coldstart    [--package functions/target/batik-berlian-functions-aws.zip]
                           [--runs N] [--profile] [--logs DIR]  (3 interleaved runs, medians; --profile:
                           class loads and Spring's startup steps; --logs: keep each JVM's output there)
              cost         [--rows N] [--participants N] [--applicants N] [--from FILE]
              dynamodb     [--items N] [--threads T] [--seconds S] [--moto-seconds S] [--no-moto]
                           (default 100000 items: 1000 / 10000 / 100000; 8 threads; 10 s; moto 20 s at most)
              all          modest sizes of everything above
            """;

    private BenchSuite() {
    }

    /** @return the process exit code */
    public static int run(List<String> argv, PrintStream out, LocalStackHandle.Starter stack) {
        if (argv.isEmpty()) {
            System.err.print(USAGE);
            return 2;
        }
        String name = argv.get(0);
        Figures f = new Figures(out);
        try {
            BenchArgs args = new BenchArgs(argv.subList(1, argv.size()));
            switch (name) {
                case "ingest" -> IngestBench.run(args, f);
                case "eligibility" -> EligibilityBench.run(args, f);
                case "billing" -> BillingBench.run(args, f);
                case "http" -> HttpBench.run(args, f, stack);
                case "coldstart" -> ColdStartBench.run(args, f);
                case "cost" -> CostBench.run(args, f);
                case "dynamodb" -> DynamoDbBench.run(args, f);
                case "all" -> all(args, f, stack);
                default -> {
                    System.err.println("unknown benchmark '" + name + "'");
                    System.err.print(USAGE);
                    return 2;
                }
            }
            f.put("bench." + name + ".done", 1);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("bench " + name + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("bench " + name + " failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private static void all(BenchArgs args, Figures f, LocalStackHandle.Starter stack) throws Exception {
        IngestBench.run(new BenchArgs(List.of("--rows", Integer.toString(args.intValue("rows", 20_000)))), f);
        f.put("bench.ingest.done", 1);
        EligibilityBench.run(new BenchArgs(List.of("--applicants",
                Integer.toString(args.intValue("applicants", 5_000)))), f);
        f.put("bench.eligibility.done", 1);
        BillingBench.run(new BenchArgs(List.of("--participants",
                Integer.toString(args.intValue("participants", 10_000)))), f);
        f.put("bench.billing.done", 1);
        HttpBench.run(new BenchArgs(List.of("--clients", Integer.toString(args.intValue("clients", 20)),
                "--requests", Integer.toString(args.intValue("requests", 200)),
                "--rate", Integer.toString(args.countValue("rate", 100)),
                "--paced-requests", Integer.toString(args.intValue("paced-requests", 40)))), f, stack);
        f.put("bench.http.done", 1);
        ColdStartBench.run(new BenchArgs(List.of()), f);
        f.put("bench.coldstart.done", 1);
        CostBench.run(new BenchArgs(List.of()), f);
        f.put("bench.cost.done", 1);
        List<String> dynamodb = new java.util.ArrayList<>(List.of(
                "--items", Integer.toString(args.intValue("items", 10_000)),
                "--seconds", Integer.toString(args.intValue("seconds", 3)),
                "--moto-seconds", Integer.toString(args.intValue("moto-seconds", 5))));
        if (args.flag("no-moto")) {
            dynamodb.add("--no-moto");
        }
        DynamoDbBench.run(new BenchArgs(dynamodb), f);
        f.put("bench.dynamodb.done", 1);
    }
}
