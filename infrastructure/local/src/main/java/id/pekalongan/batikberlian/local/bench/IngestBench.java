package id.pekalongan.batikberlian.local.bench;

import id.pekalongan.batikberlian.domain.time.Jakarta;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.pekalongan.batikberlian.domain.ingest.RowChecker;
import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.upload.RawRow;
import id.pekalongan.batikberlian.domain.upload.ReadOptions;
import id.pekalongan.batikberlian.domain.upload.ReadOutcome;
import id.pekalongan.batikberlian.domain.upload.UploadReader;
import id.pekalongan.batikberlian.functions.ingest.UploadIngestor;
import id.pekalongan.batikberlian.functions.ingest.UploadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code bench ingest}: a kelurahan file through the parse-and-check path alone, beside a plain Jackson CSV parse of
 * the same file, then for real through {@link UploadIngestor} into the DynamoDB engine via the S3 server.
 */
public final class IngestBench {

    /** Enough rows, passed often enough, for the JIT to have compiled both paths before either is timed. */
    static final int WARM_UP_ROWS = 100_000;
    static final int WARM_UP_PASSES = 10;
    /** Timed passes of each parser, alternating, so one garbage collection or busy moment does not set the figure. */
    static final int TIMED_PASSES = 7;

    private IngestBench() {
    }

    /** Row counts of one pass, and a checksum that keeps the JIT from dropping the work. */
    record Pass(long rows, long accepted, long rejected, long nanos) {
    }

    public static void run(BenchArgs args, Figures f) throws Exception {
        int rows = args.intValue("rows", 100_000);
        boolean parseOnly = args.flag("parse-only");
        Path dir = Files.createTempDirectory("bench-ingest");
        try {
            Path file = dir.resolve("kelurahan-bench.csv");
            KelurahanCsv.Written w = KelurahanCsv.write(file, rows, 7, 4.0);
            f.put("ingest.rows", rows);
            f.put("ingest.file_mb", String.format(java.util.Locale.ROOT, "%.1f", Files.size(file) / 1048576.0));
            f.put("ingest.generated_faulty_rows", w.faulty());

            Path warm = dir.resolve("warm-up.csv");
            KelurahanCsv.write(warm, Math.min(rows, WARM_UP_ROWS), 8, 4.0);
            for (int i = 0; i < WARM_UP_PASSES; i++) {
                parseAndCheck(warm);
                jackson(warm);
                jacksonByHeader(warm);
            }

            // The heap is watched on a pass of its own: the full collection that starts the watch and the
            // notifications of each collection after it would otherwise slow the first timed pass.
            try (HeapPeak heap = new HeapPeak()) {
                parseAndCheck(file);
                f.put("ingest.parse_peak_heap_mb", heap.peakMb());
                f.put("ingest.parse_live_heap_after_gc_mb", heap.liveAfterGcMb());
            }
            double[] oursRates = new double[TIMED_PASSES];
            double[] baseRates = new double[TIMED_PASSES];
            double[] byHeaderRates = new double[TIMED_PASSES];
            Pass ours = null;
            for (int i = 0; i < TIMED_PASSES; i++) {
                ours = parseAndCheck(file);
                oursRates[i] = Figures.perSecond(ours.rows(), ours.nanos());
                Pass jackson = jackson(file);
                baseRates[i] = Figures.perSecond(jackson.rows(), jackson.nanos());
                Pass byHeader = jacksonByHeader(file);
                byHeaderRates[i] = Figures.perSecond(byHeader.rows(), byHeader.nanos());
            }
            double oursRate = median(oursRates);
            double baseRate = median(baseRates);
            double byHeaderRate = median(byHeaderRates);
            f.put("ingest.parse_rows_per_s", Math.round(oursRate));
            f.put("ingest.baseline_jackson_rows_per_s", Math.round(baseRate));
            // Each pass of ours is paired with the baseline pass right after it, so a slower moment of a shared
            // machine slows both sides of a ratio; the figure is the median of the paired ratios.
            double[] ratios = java.util.stream.IntStream.range(0, TIMED_PASSES)
                    .mapToDouble(i -> oursRates[i] / baseRates[i]).toArray();
            double[] byHeaderRatios = java.util.stream.IntStream.range(0, TIMED_PASSES)
                    .mapToDouble(i -> oursRates[i] / byHeaderRates[i]).toArray();
            f.put("ingest.parse_ratio", median(ratios));
            f.put("ingest.baseline_jackson_by_header_rows_per_s", Math.round(byHeaderRate));
            f.put("ingest.parse_ratio_by_header", median(byHeaderRatios));
            f.put("ingest.parse_ratio_passes", java.util.Arrays.stream(ratios)
                    .mapToObj(r -> String.format(java.util.Locale.ROOT, "%.2f", r))
                    .collect(java.util.stream.Collectors.joining(",")));
            f.put("ingest.parse_ratio_lowest", java.util.Arrays.stream(ratios).min().orElse(0));
            f.put("ingest.parse_ratio_highest", java.util.Arrays.stream(ratios).max().orElse(0));
            f.note("parse_ratio: against Jackson splitting rows into string arrays; parse_ratio_by_header: against "
                    + "Jackson reading each row into a map keyed by the header, as code that names its columns does; "
                    + "rates are medians of " + TIMED_PASSES + " alternating passes after " + WARM_UP_PASSES + " x "
                    + WARM_UP_ROWS + " rows of warm-up and one pass that watches the heap; each ratio is the median of "
                    + "the passes' paired ratios, passes/lowest/highest those ratios");
            f.put("ingest.parse_accepted", ours.accepted());
            f.put("ingest.parse_rejected", ours.rejected());
            f.put("ingest.max_heap_mb", HeapPeak.maxHeapMb());
            Files.deleteIfExists(warm);
            if (parseOnly) {
                return;
            }
            store(file, f);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(p -> p.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** What the ingest function does to a file before storage: read the rows, check each one. */
    static Pass parseAndCheck(Path file) {
        RowChecker checker = new RowChecker(KelurahanDirectory.loadDefault(), OccupationList.loadDefault(),
                LocalDate.now(Jakarta.ZONE), null);
        long start = System.nanoTime();
        long n = 0;
        long accepted = 0;
        try (ReadOutcome outcome = UploadReader.open(file, file.getFileName().toString(), new ReadOptions(false))) {
            if (!(outcome instanceof ReadOutcome.Readable readable)) {
                throw new IllegalStateException("the generated file was refused: " + outcome);
            }
            Iterator<RawRow> it = readable.rows().iterator();
            while (it.hasNext()) {
                RowVerdict v = checker.check(it.next());
                n++;
                if (v instanceof RowVerdict.Accepted) {
                    accepted++;
                }
            }
        }
        return new Pass(n, accepted, n - accepted, System.nanoTime() - start);
    }

    /** The floor: a plain CSV parse into arrays of strings, no checks. */
    static Pass jackson(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        long start = System.nanoTime();
        long n = 0;
        long chars = 0;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
            boolean header = true;
            while (it.hasNext()) {
                String[] row = it.next();
                if (header) {
                    header = false;
                    continue;
                }
                n++;
                chars += row.length;
            }
        }
        return new Pass(n, chars, 0, System.nanoTime() - start);
    }

    /** Jackson with the header as its schema: each row a map from column name to text. */
    static Pass jacksonByHeader(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        long start = System.nanoTime();
        long n = 0;
        long cells = 0;
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema)
                .readValues(file.toFile())) {
            while (it.hasNext()) {
                cells += it.next().size();
                n++;
            }
        }
        return new Pass(n, cells, 0, System.nanoTime() - start);
    }

    private static void store(Path file, Figures f) throws Exception {
        try (BenchAws aws = BenchAws.start()) {
            UploadIngestor ingestor = aws.bean(UploadIngestor.class);
            String key = "incoming/kota/" + file.getFileName();
            aws.s3().putObject(b -> b.bucket(aws.bucket()).key(key), RequestBody.fromFile(file));
            DynamoCounter.Snapshot before = aws.counter().snapshot();
            UploadOutcome outcome;
            long nanos;
            long peak;
            long live;
            try (HeapPeak heap = new HeapPeak()) {
                long start = System.nanoTime();
                outcome = ingestor.ingest(aws.bucket(), key, () -> Long.MAX_VALUE);
                nanos = System.nanoTime() - start;
                peak = heap.peakMb();
                live = heap.liveAfterGcMb();
            }
            DynamoCounter.Snapshot used = aws.counter().snapshot().minus(before);
            f.put("ingest.store_rows_per_s", Math.round(Figures.perSecond(outcome.rowsIn(), nanos)));
            f.put("ingest.store_seconds", nanos / 1e9);
            f.put("ingest.rows_in", outcome.rowsIn());
            f.put("ingest.accepted", outcome.accepted());
            f.put("ingest.rejected", outcome.rejected());
            f.put("ingest.added", outcome.added());
            f.put("ingest.rejected_by_reason", outcome.countsByReason().toString().replace(" ", ""));
            f.put("ingest.write_requests", used.writeRequests());
            f.put("ingest.read_requests", used.readRequests());
            f.put("ingest.dynamodb_calls", used.callsText());
            f.put("ingest.items_written", used.itemsWritten());
            f.put("ingest.write_units", used.writeUnits());
            f.put("ingest.read_units", used.readUnits());
            f.put("ingest.writes_per_1000", outcome.added() == 0 ? 0 : used.writeRequests() * 1000.0 / outcome.added());
            f.note("writes_per_1000: write requests per 1,000 new rows; 25 rows per transaction make the floor 40");
            f.put("ingest.peak_heap_mb", peak);
            f.put("ingest.live_heap_after_gc_mb", live);
        }
    }
}
