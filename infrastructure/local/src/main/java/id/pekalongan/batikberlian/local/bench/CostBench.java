package id.pekalongan.batikberlian.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.emulators.CloudFormationTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code bench cost}: the monthly AWS bill for 4,400 and for 100,000 participants, from request units, items and
 * seconds measured by small runs of the ingest, eligibility and billing benchmarks (or read from an earlier run's
 * output with {@code --from FILE}), priced with the dated list prices in {@code prices.properties}.
 *
 * <p>Lambda seconds are the local run's wall time, in which the local DynamoDB engine (slower than DynamoDB) shares the
 * process: a pessimistic stand-in for Lambda's billed duration. Free tiers are ignored.
 */
public final class CostBench {

    static final int[] SIZES = {4_400, 100_000};

    /** Assumptions of the model, printed with the result. */
    static final double REGISTRATIONS_PER_PARTICIPANT_MONTH = 1.0 / 12;
    static final double STATUS_CHECKS_PER_PARTICIPANT_MONTH = 1;
    static final double API_SECONDS_PER_REQUEST = 0.1;
    static final double API_READ_UNITS_PER_REQUEST = 1;
    static final double APPLICANT_ITEM_KB = 1.0;
    static final double BILL_LINE_KB = 0.5;
    static final int MONTHS_OF_LINES_KEPT = 12;
    static final double UPLOAD_BYTES_PER_ROW = 300;

    private CostBench() {
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        Map<String, String> m = measured(args);
        Properties prices = prices();
        f.put("cost.price_date", prices.getProperty("price.date"));
        f.put("cost.price_region", prices.getProperty("price.region"));
        f.put("cost.price_source", prices.getProperty("price.source"));

        double ingestRows = num(m, "ingest.added");
        double ingestWru = units(m, "ingest") / ingestRows;
        double ingestRru = num(m, "ingest.read_units") / ingestRows;
        double ingestSec = num(m, "ingest.store_seconds") / ingestRows;
        double decisions = num(m, "eligibility.stream_records");
        double eligWru = units(m, "eligibility") / decisions;
        double eligRru = num(m, "eligibility.read_units") / decisions;
        double eligSec = decisions / Math.max(1, num(m, "eligibility.stream_decisions_per_s")) / decisions;
        double billed = num(m, "billing.participants");
        double billWru = units(m, "billing") / billed;
        double billRru = num(m, "billing.read_units") / billed;
        double billSec = num(m, "billing.run_seconds") / billed;
        f.put("cost.measured.ingest_write_units_per_row", ingestWru);
        f.put("cost.measured.eligibility_write_units_per_decision", eligWru);
        f.put("cost.measured.billing_write_units_per_participant", billWru);
        f.put("cost.measured.billing_read_units_per_participant", billRru);
        f.put("cost.assume.registrations_per_participant_month", String.format(java.util.Locale.ROOT, "%.4f",
                REGISTRATIONS_PER_PARTICIPANT_MONTH));
        f.put("cost.assume.status_checks_per_participant_month", STATUS_CHECKS_PER_PARTICIPANT_MONTH);
        f.put("cost.assume.api_seconds_per_request", API_SECONDS_PER_REQUEST);
        f.put("cost.assume.months_of_bill_lines_kept", MONTHS_OF_LINES_KEPT);

        Map<String, Double> memoryGb = functionMemoryGb();
        int uploads = KelurahanDirectory.loadDefault().kelurahan().size();
        double wruPrice = d(prices, "dynamodb.usd_per_million_write_request_units") / 1e6;
        double rruPrice = d(prices, "dynamodb.usd_per_million_read_request_units") / 1e6;
        double gbSecond = d(prices, "lambda.usd_per_gb_second");
        double perRequest = d(prices, "lambda.usd_per_million_requests") / 1e6;
        Map<Integer, Double> totals = new HashMap<>();
        for (int p : SIZES) {
            double reg = p * REGISTRATIONS_PER_PARTICIPANT_MONTH;
            double checks = p * STATUS_CHECKS_PER_PARTICIPANT_MONTH;
            double wru = billWru * p + (ingestWru + eligWru) * reg;
            double rru = billRru * p + (ingestRru + eligRru) * reg + checks * API_READ_UNITS_PER_REQUEST;
            double storageGb = (p * APPLICANT_ITEM_KB + p * MONTHS_OF_LINES_KEPT * BILL_LINE_KB) / 1048576;
            double dynamo = wru * wruPrice + rru * rruPrice + storageGb * d(prices, "dynamodb.usd_per_gb_month");
            double gbs = billSec * p * memoryGb.get("MonthlyPremium") + ingestSec * reg * memoryGb.get("IngestUpload")
                    + eligSec * reg * memoryGb.get("ValidateEligibility")
                    + checks * API_SECONDS_PER_REQUEST * memoryGb.get("Api");
            double invocations = checks + Math.ceil(reg / EligibilityBench.BATCH) + uploads + 1;
            double lambda = gbs * gbSecond + invocations * perRequest;
            double s3Gb = reg * UPLOAD_BYTES_PER_ROW * 2 * MONTHS_OF_LINES_KEPT / 1073741824.0;
            double s3 = s3Gb * d(prices, "s3.usd_per_gb_month") + (uploads * 3 + 2) / 1000.0
                    * d(prices, "s3.usd_per_1000_put") + (uploads + 2) / 1000.0 * d(prices, "s3.usd_per_1000_get");
            double total = dynamo + lambda + s3;
            totals.put(p, total);
            f.put("cost.dynamodb_usd_" + p, String.format(java.util.Locale.ROOT, "%.4f", dynamo));
            f.put("cost.lambda_usd_" + p, String.format(java.util.Locale.ROOT, "%.4f", lambda));
            f.put("cost.s3_usd_" + p, String.format(java.util.Locale.ROOT, "%.4f", s3));
            f.put("cost.usd_per_month_" + p, String.format(java.util.Locale.ROOT, "%.4f", total));
        }
        double per10k = totals.get(100_000) / 10;
        f.put("cost.usd_per_10000_participants", String.format(java.util.Locale.ROOT, "%.4f", per10k));
        f.put("cost.target_met", per10k < 1 ? 1 : 0);
        f.note("prices are " + prices.getProperty("price.region") + " list prices of " + prices.getProperty(
                "price.date") + "; free tiers ignored; Lambda seconds are local wall time (pessimistic)");
    }

    private static double units(Map<String, String> m, String bench) {
        return num(m, bench + ".write_units");
    }

    private static Map<String, String> measured(BenchArgs args) throws Exception {
        String from = args.text("from", null);
        if (from != null) {
            Map<String, String> m = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(from))) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return m;
        }
        // The small runs print to stderr: stdout keeps the cost figures alone.
        Figures inner = new Figures(System.err);
        IngestBench.run(new BenchArgs(List.of("--rows", Integer.toString(args.intValue("rows", 5_000)))), inner);
        EligibilityBench.run(new BenchArgs(List.of("--applicants",
                Integer.toString(args.intValue("applicants", 1_000)))), inner);
        BillingBench.run(new BenchArgs(List.of("--participants",
                Integer.toString(args.intValue("participants", 3_000)))), inner);
        return inner.values();
    }

    private static double num(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("the measured figures lack " + key);
        }
        return Double.parseDouble(v);
    }

    private static double d(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key));
    }

    static Properties prices() {
        Properties p = new Properties();
        try (InputStream in = CostBench.class.getResourceAsStream("prices.properties")) {
            if (in == null) {
                throw new IllegalStateException("prices.properties is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Each function's MemorySize from the template (its own, or the Globals default). */
    static Map<String, Double> functionMemoryGb() {
        CloudFormationTemplate t = CloudFormationTemplate.fromClasspath(Map.of());
        int global = t.root().path("Globals").path("Function").path("MemorySize").asInt(128);
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : t.resourcesOfType("AWS::Serverless::Function").entrySet()) {
            out.put(e.getKey(), e.getValue().path("Properties").path("MemorySize").asInt(global) / 1024.0);
        }
        return out;
    }
}
