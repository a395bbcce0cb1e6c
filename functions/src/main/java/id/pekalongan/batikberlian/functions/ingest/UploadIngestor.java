package id.pekalongan.batikberlian.functions.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.ingest.NikSeen;
import id.pekalongan.batikberlian.domain.ingest.ReportCsv;
import id.pekalongan.batikberlian.domain.ingest.ReportRow;
import id.pekalongan.batikberlian.domain.ingest.RowChecker;
import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.KelurahanMatch;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.upload.ReadOptions;
import id.pekalongan.batikberlian.domain.upload.ReadOutcome;
import id.pekalongan.batikberlian.domain.upload.UploadReader;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * One kelurahan file from the bucket into the applicants table: every row accounted for in a report, nobody stored
 * twice, nothing overwritten. Rows are streamed from a spooled copy, never held whole in memory.
 *
 * <p>A repeated event or the same bytes under another name is recognised by the SHA-256 of the content. A run cut
 * short (a crash, or the Lambda's time running out) is simply run again: rows this upload already stored are
 * recognised by their upload id and row number and counted, not written again.
 */
@Component
public class UploadIngestor {

    static final String INCOMING = "incoming/";
    static final String PREFLIGHT = "preflight/";
    static final int LOOKUP_BATCH = 100;
    static final int CHECKPOINT_EVERY = 5_000;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(UploadIngestor.class);
    private static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();

    private final S3Client s3;
    private final UploadStore uploads;
    private final ApplicantStore applicants;
    private final ProgrammeConfigStore config;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public UploadIngestor(S3Client s3, UploadStore uploads, ApplicantStore applicants, ProgrammeConfigStore config) {
        this(s3, uploads, applicants, config, Clock.systemUTC());
    }

    UploadIngestor(S3Client s3, UploadStore uploads, ApplicantStore applicants, ProgrammeConfigStore config,
                   Clock clock) {
        this.s3 = s3;
        this.uploads = uploads;
        this.applicants = applicants;
        this.config = config;
        this.clock = clock;
    }

    /** @param remainingMillis the invocation's time left; a long file stops early and continues in a new one */
    public UploadOutcome ingest(String bucket, String key, LongSupplier remainingMillis) {
        boolean preflight = key.startsWith(PREFLIGHT);
        Kelurahan fileKelurahan = kelurahanFromKey(key);
        Path spool = null;
        try {
            spool = Files.createTempFile("upload", ".bin");
            String uploadId = spool(bucket, key, spool);
            Instant receivedAt = clock.instant();
            if (!preflight) {
                UploadRecord record = uploads.start(uploadId, bucket, key,
                        fileKelurahan == null ? null : fileKelurahan.code(), receivedAt);
                if (record.finished()) {
                    if (!record.objectKey().equals(key)) {
                        uploads.addAlias(uploadId, key);
                    }
                    log.info("{\"event\":\"upload_repeated\",\"uploadId\":\"{}\"}", uploadId);
                    return new UploadOutcome(uploadId, bucket, key, record.kelurahanCode(), "ALREADY_PROCESSED",
                            record.rowsIn(), record.accepted(), record.rejected(), 0, record.countsByReason(),
                            record.reportKey(), "berkas sudah pernah diproses (unggahan pertama: " + uploadId
                            + ", " + record.objectKey() + "); tidak ada baris yang ditambahkan");
                }
                receivedAt = record.receivedAt();
            }
            return process(bucket, key, uploadId, receivedAt, fileKelurahan, preflight, spool, remainingMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // A temp file left behind is removed with the execution environment.
                }
            }
        }
    }

    private UploadOutcome process(String bucket, String key, String uploadId, Instant receivedAt,
                                  Kelurahan fileKelurahan, boolean preflight, Path spool, LongSupplier remaining)
            throws IOException {
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        String reportKey = "reports/" + uploadId + ".csv";
        Path reportFile = Files.createTempFile("report", ".csv");
        try {
            IngestRun run;
            String status;
            String message;
            try (ReadOutcome outcome = UploadReader.open(spool, fileName, new ReadOptions(fileKelurahan != null));
                 BufferedWriter w = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
                 ReportCsv report = new ReportCsv(w)) {
                run = new IngestRun(report);
                if (outcome instanceof ReadOutcome.Rejected rejected) {
                    status = UploadRecord.REJECTED;
                    message = rejected.code().name() + ": " + rejected.message();
                    run.countsByReason().put(rejected.code().name(), 0L);
                } else {
                    ReadOutcome.Readable readable = (ReadOutcome.Readable) outcome;
                    RowChecker checker = new RowChecker(DIRECTORY, occupations(), LocalDate.now(clock.withZone(JAKARTA)),
                            fileKelurahan);
                    boolean finished = rows(readable.rows().iterator(), checker, run, uploadId, receivedAt,
                            preflight, remaining);
                    if (!finished) {
                        throw new ContinuationNeeded(uploadId, run.rowsIn());
                    }
                    status = preflight ? "PREFLIGHT" : UploadRecord.COMPLETED;
                    message = summaryMessage(run, preflight, readable.header().unknownColumns());
                }
            }
            s3.putObject(b -> b.bucket(bucket).key(reportKey).contentType("text/csv; charset=utf-8"),
                    RequestBody.fromFile(reportFile));
            Instant finishedAt = clock.instant();
            ObjectNode summary = summary(uploadId, key, fileKelurahan, status, run, message, receivedAt, finishedAt);
            s3.putObject(b -> b.bucket(bucket).key("reports/" + uploadId + ".json")
                            .contentType("application/json; charset=utf-8"),
                    RequestBody.fromString(summary.toPrettyString(), StandardCharsets.UTF_8));
            if (!preflight) {
                uploads.finish(uploadId, status, run.rowsIn(), run.accepted(), run.rejected(), run.added(),
                        run.countsByReason(), reportKey, finishedAt);
            }
            log.info("{\"event\":\"upload_processed\",\"uploadId\":\"{}\",\"status\":\"{}\",\"rowsIn\":{},"
                            + "\"accepted\":{},\"rejected\":{},\"added\":{}}", uploadId, status, run.rowsIn(),
                    run.accepted(), run.rejected(), run.added());
            return new UploadOutcome(uploadId, bucket, key, fileKelurahan == null ? null : fileKelurahan.code(),
                    status, run.rowsIn(), run.accepted(), run.rejected(), run.added(), run.countsByReason(),
                    reportKey, message);
        } finally {
            Files.deleteIfExists(reportFile);
        }
    }

    /** @return false when time ran out before the last row */
    private boolean rows(Iterator<id.pekalongan.batikberlian.domain.upload.RawRow> rows, RowChecker checker,
                         IngestRun run, String uploadId, Instant receivedAt, boolean preflight,
                         LongSupplier remaining) {
        NikSeen seen = new NikSeen();
        List<RowVerdict> pending = new ArrayList<>();
        int accepted = 0;
        long sinceCheckpoint = 0;
        while (rows.hasNext()) {
            RowVerdict verdict = checker.check(rows.next());
            if (verdict instanceof RowVerdict.Accepted a) {
                int first = seen.firstRowOrRemember(a.nik().digits(), a.rowNumber());
                if (first != 0) {
                    verdict = new RowVerdict.Rejected(a.rowNumber(), a.nik().masked(), a.candidate().name(),
                            "NIK_DUPLICATE_IN_FILE", "NIK", "NIK " + a.nik().masked()
                            + " sudah tercantum di baris " + first + " berkas ini; hapus salah satu baris");
                } else {
                    accepted++;
                }
            }
            pending.add(verdict);
            if (accepted >= LOOKUP_BATCH || pending.size() >= 10 * LOOKUP_BATCH) {
                sinceCheckpoint += pending.size();
                flush(pending, run, uploadId, receivedAt, preflight);
                accepted = 0;
                if (!preflight && sinceCheckpoint >= CHECKPOINT_EVERY) {
                    uploads.checkpoint(uploadId, run.rowsIn());
                    sinceCheckpoint = 0;
                    if (remaining.getAsLong() < 60_000) {
                        return false;
                    }
                }
            }
        }
        flush(pending, run, uploadId, receivedAt, preflight);
        return true;
    }

    /** Decides the buffered rows against what is stored, writes the new ones, and reports them in row order. */
    private void flush(List<RowVerdict> pending, IngestRun run, String uploadId, Instant receivedAt,
                       boolean preflight) {
        if (pending.isEmpty()) {
            return;
        }
        List<RowVerdict.Accepted> candidates = pending.stream().filter(RowVerdict.Accepted.class::isInstance)
                .map(RowVerdict.Accepted.class::cast).toList();
        Map<String, Applicant> stored = applicants.findAll(candidates.stream().map(a -> a.nik().digits()).toList());
        OccupationList occupations = occupations();
        List<Applicant> toInsert = new ArrayList<>();
        for (RowVerdict.Accepted a : candidates) {
            if (!stored.containsKey(a.nik().digits())) {
                toInsert.add(ApplicantFactory.fromRow(a, uploadId, receivedAt, occupations));
            }
        }
        java.util.Set<String> taken = preflight ? java.util.Set.of() : applicants.insertNew(toInsert);
        for (RowVerdict v : pending) {
            if (v instanceof RowVerdict.Rejected r) {
                run.record(ReportRow.rejected(r), false);
                continue;
            }
            RowVerdict.Accepted a = (RowVerdict.Accepted) v;
            String nik = a.nik().digits();
            Applicant existing = stored.get(nik);
            if (existing == null && !taken.contains(nik)) {
                run.record(new ReportRow(a.rowNumber(), a.nik().masked(), a.candidate().name(), ReportRow.ACCEPTED,
                        preflight ? "WOULD_BE_ADDED" : "ADDED", preflight
                        ? "baris ini akan diterima bila diunggah ke incoming/"
                        : "diterima; menunggu penilaian kelayakan"), !preflight);
            } else if (existing != null && uploadId.equals(existing.uploadId())
                    && existing.rowNumber() == a.rowNumber()) {
                // Stored by an earlier, interrupted run of this same upload.
                run.record(new ReportRow(a.rowNumber(), a.nik().masked(), a.candidate().name(), ReportRow.ACCEPTED,
                        "ADDED", "diterima; menunggu penilaian kelayakan"), true);
            } else if (existing != null && sameRegistration(existing, a)) {
                run.record(new ReportRow(a.rowNumber(), a.nik().masked(), a.candidate().name(), ReportRow.ACCEPTED,
                        "ALREADY_REGISTERED_UNCHANGED", "sudah terdaftar dengan data yang sama (status "
                        + existing.status() + "); tidak diubah"), false);
            } else {
                String where = existing == null ? "oleh unggahan lain pada saat yang sama"
                        : "di kelurahan " + existing.kelurahanCode() + " dengan status " + existing.status();
                run.record(new ReportRow(a.rowNumber(), a.nik().masked(), a.candidate().name(), ReportRow.REJECTED,
                        "NIK_ALREADY_REGISTERED", "NIK " + a.nik().masked() + " sudah terdaftar " + where
                        + "; data lama tidak ditimpa. Hubungi Dinperinaker bila perlu dikoreksi"), false);
            }
        }
        pending.clear();
    }

    private static boolean sameRegistration(Applicant existing, RowVerdict.Accepted a) {
        return a.kelurahan().code().equals(existing.kelurahanCode())
                && java.util.Objects.equals(existing.birthDate(), a.candidate().birthDate())
                && normalise(existing.name()).equals(normalise(a.candidate().name()));
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private OccupationList occupations() {
        return config.occupations();
    }

    /** {@code incoming/<kelurahan code or name>/<file>}: the folder names the kelurahan when it is one of the city's. */
    static Kelurahan kelurahanFromKey(String key) {
        String[] parts = key.split("/");
        if (parts.length < 3) {
            return null;
        }
        KelurahanMatch match = DIRECTORY.matchKelurahan(parts[1]);
        return match instanceof KelurahanMatch.InCity inCity ? inCity.kelurahan() : null;
    }

    /** Copies the object to a temporary file while hashing it: the hash is the upload's identity. */
    private String spool(String bucket, String key, Path target) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key));
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
            in.transferTo(out);
        } catch (NoSuchKeyException gone) {
            throw new UploadGoneException(bucket, key);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String summaryMessage(IngestRun run, boolean preflight, List<String> unknownColumns) {
        String text = run.rowsIn() + " baris dibaca: " + run.accepted() + " diterima, " + run.rejected()
                + " ditolak" + (preflight ? " (uji coba, tidak ada yang disimpan)" : "") + ".";
        if (!unknownColumns.isEmpty()) {
            text += " Kolom tidak dikenal (disimpan apa adanya): " + String.join(", ", unknownColumns) + ".";
        }
        return text;
    }

    private static ObjectNode summary(String uploadId, String key, Kelurahan kelurahan, String status, IngestRun run,
                                      String message, Instant startedAt, Instant finishedAt) {
        ObjectNode s = JSON.createObjectNode();
        s.put("uploadId", uploadId);
        s.put("key", key);
        s.put("kelurahanCode", kelurahan == null ? null : kelurahan.code());
        s.put("status", status);
        s.put("rowsIn", run.rowsIn());
        s.put("accepted", run.accepted());
        s.put("rejected", run.rejected());
        s.put("added", run.added());
        ObjectNode counts = s.putObject("countsByReason");
        run.countsByReason().forEach(counts::put);
        s.put("message", message);
        s.put("startedAt", startedAt.toString());
        s.put("finishedAt", finishedAt.toString());
        return s;
    }
}
