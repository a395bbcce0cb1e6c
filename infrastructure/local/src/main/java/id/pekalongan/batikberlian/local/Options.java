package id.pekalongan.batikberlian.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local stack's command-line flags. */
record Options(Path dataDir, boolean inMemory, int apiPort, int lambdaPort, int s3Port, int dynamoPort,
               boolean sampleData, Map<String, Integer> timeouts, Map<String, String> parameters, boolean help) {

    static final String USAGE = """
            Batik Berlian local stack: AWS on loopback in one process (no Docker, no AWS account).

            Usage: java -jar infrastructure/local/target/batik-berlian-local.jar [flags]
                   java -jar infrastructure/local/target/batik-berlian-local.jar bench <ingest|eligibility|billing|http|coldstart|cost|all> [--rows N]

            Flags:
              --data-dir DIR       keep tables and objects in DIR between runs (default .local-data/)
              --in-memory          keep nothing: tables and objects live in memory only
              --api-port N         HTTP API and the web form (default 3000)
              --lambda-port N      Lambda Invoke API for `aws lambda invoke --endpoint-url` (default 3001)
              --s3-port N          S3 API, path-style, holding the upload bucket (default 4566)
              --dynamodb-port N    DynamoDB and DynamoDB Streams APIs (default 8000)
              --no-sample-data     start empty instead of loading the sample kelurahan files
              --timeout FN=SECONDS give function FN another timeout than the template's, e.g.
                                   --timeout IngestUpload=61 to watch a long file carry on in fresh invocations
              --parameter-overrides "NAME=VALUE ..."
                                   template parameters, as `sam deploy` takes them, e.g.
                                   --parameter-overrides "ProgrammeQuota=5000 StatusChecksPerMinute=30"
              --help               print this text

            Any access key works against the local endpoints, e.g.
              export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=ap-southeast-3
            """;

    static Options parse(List<String> args) {
        Path dataDir = Path.of(".local-data");
        boolean inMemory = false;
        int api = 3000;
        int lambda = 3001;
        int s3 = 4566;
        int dynamo = 8000;
        boolean sample = true;
        Map<String, Integer> timeouts = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                case "--in-memory" -> inMemory = true;
                case "--api-port" -> api = port(args, ++i, a);
                case "--lambda-port" -> lambda = port(args, ++i, a);
                case "--s3-port" -> s3 = port(args, ++i, a);
                case "--dynamodb-port" -> dynamo = port(args, ++i, a);
                case "--no-sample-data" -> sample = false;
                case "--timeout" -> timeout(value(args, ++i, a), timeouts);
                case "--parameter-overrides" -> parameters(value(args, ++i, a), parameters);
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown flag " + a + "; see --help");
            }
        }
        return new Options(inMemory ? null : dataDir, inMemory, api, lambda, s3, dynamo, sample, Map.copyOf(timeouts),
                Map.copyOf(parameters), help);
    }

    /** The shorthand {@code sam deploy} accepts: space-separated {@code Name=Value} pairs. */
    private static void parameters(String v, Map<String, String> parameters) {
        for (String pair : v.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq < 1 || !pair.substring(0, eq).matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("--parameter-overrides takes \"Name=Value Name2=Value2\", not '"
                        + pair + "'");
            }
            parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
    }

    private static void timeout(String v, Map<String, Integer> timeouts) {
        int eq = v.indexOf('=');
        try {
            int seconds = Integer.parseInt(v.substring(eq + 1));
            if (eq < 1 || seconds < 1 || seconds > 900) {
                throw new NumberFormatException();
            }
            timeouts.put(v.substring(0, eq), seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout takes FUNCTION=SECONDS with 1 to 900 seconds, not '" + v + "'");
        }
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value; see --help");
        }
        return args.get(i);
    }

    private static int port(List<String> args, int i, String flag) {
        String v = value(args, i, flag);
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " takes a port number from 1 to 65535, not '" + v + "'");
        }
    }
}
