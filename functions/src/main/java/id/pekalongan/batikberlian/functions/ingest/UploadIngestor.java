package id.pekalongan.batikberlian.functions.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.domain.ingest.NikSeen;
import id.pekalongan.batikberlian.domain.ingest.ReportCsv;
import id.pekalongan.batikberlian.domain.ingest.RowChecker;
import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.time.Jakarta;
import id.pekalongan.batikberlian.domain.upload.ReadOptions;
import id.pekalongan.batikberlian.domain.upload.ReadOutcome;
import id.pekalongan.batikberlian.domain.upload.UploadReader;
import id.pekalongan.batikberlian.json.Json;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import id.pekalongan.batikberlian.storage.ProgrammeConfigStore;
import id.pekalongan.batikberlian.storage.UploadRecord;
import id.pekalongan.batikberlian.storage.UploadStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One kelurahan file from the bucket into the applicants table: every row accounted for in a report, nobody stored
 * twice, nothing overwritten. Rows are streamed from a spooled copy, never held whole in memory.
 *
 * <p>A repeated event or the same bytes under another name is recognised by the SHA-256 of the content. A run cut
 * short (a crash, or the Lambda's time running out) is simply run again: rows this upload already stored are
 * recognised by their upload id and row number and counted, not written again.
 *
 * <p>When the time runs low, a run stops at a checkpoint and, given a hand-off, passes the file on in a
 * {@link Continuation} to a fresh invocation, which reads it again from the top and writes only past the stored
 * checkpoint. Each continuation (a hop) is moved on and claimed by conditional writes on the upload record, so a
 * duplicated delivery does nothing; after {@code INGEST_MAX_HOPS} hops the upload ends FAILED with a report of the
 * rows done so far.
 */
@Component
public class UploadIngestor {

    static final String INCOMING = "incoming/";
    static final String PREFLIGHT = "preflight/";
    static final int LOOKUP_BATCH = 100;
    static final int CHECKPOINT_EVERY = 5_000;
    static final int DEFAULT_MAX_HOPS = 50;
    /** Time kept back at a checkpoint for the report and the hand-off. */
    static final long RESERVE_MILLIS = 60_000;
    /** An invocation never runs longer than this (Lambda's limit), so a claim on a hop never needs to outlast it. */
    private static final long LONGEST_INVOCATION_MILLIS = 15 * 60_000;
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String CONTINUING = "CONTINUING";
    private static final Logger log = LoggerFactory.getLogger(UploadIngestor.class);
    private static final KelurahanDirectory DIRECTORY = KelurahanDirectory.loadDefault();

    private final S3Client s3;
    private final UploadStore uploads;
    private final ApplicantStore applicants;
    private final ProgrammeConfigStore config;
    private final Clock clock;
    private final int maxHops;
    private final int checkpointEvery;

    @org.springframework.beans.factory.annotation.Autowired
    public UploadIngestor(S3Client s3, UploadStore uploads, ApplicantStore applicants, ProgrammeConfigStore config,
                          @Value("${INGEST_MAX_HOPS:" + DEFAULT_MAX_HOPS + "}") int maxHops) {
        this(s3, uploads, applicants, config, Clock.systemUTC(), maxHops, CHECKPOINT_EVERY);
    }

    /** @param checkpointEvery rows between checkpoints (tests take fewer than {@link #CHECKPOINT_EVERY}) */
    UploadIngestor(S3Client s3, UploadStore uploads, ApplicantStore applicants, ProgrammeConfigStore config,
                   Clock clock, int maxHops, int checkpointEvery) {
        this.s3 = s3;
        this.uploads = uploads;
        this.applicants = applicants;
        this.config = config;
        this.clock = clock;
        this.maxHops = maxHops;
        this.checkpointEvery = checkpointEvery;
    }

    /** One pass over a file by one invocation: which upload, and from which hop and checkpoint. */
    private record Pass(String bucket, String key, String uploadId, Instant receivedAt, Kelurahan kelurahan,
                        boolean preflight, int hop, long resumeFrom, UploadKeys.Refusal refusal) {
    }

    /**
     * Without a hand-off: a long file stops at a checkpoint with {@link ContinuationNeeded}, and a repeated delivery
     * of the same event finishes it.
     *
     * @param remainingMillis the invocation's time left
     */
    public UploadOutcome ingest(String bucket, String key, LongSupplier remainingMillis) {
        return ingest(bucket, key, remainingMillis, null);
    }

    /**
     * The object an S3 event names.
     *
     * @param remainingMillis the invocation's time left; a long file stops early and continues in a new one
     * @param handoff         starts a fresh invocation with the continuation, throwing when it cannot; null to stop
     *                        with {@link ContinuationNeeded} instead
     */
    public UploadOutcome ingest(String bucket, String key, LongSupplier remainingMillis,
                                Consumer<Continuation> handoff) {
        boolean preflight = key.startsWith(PREFLIGHT);
        Kelurahan fileKelurahan = kelurahanFromKey(key);
        UploadKeys.Refusal refusal = UploadKeys.refusal(key, DIRECTORY);
        return SpooledObject.with(s3, bucket, key, (spool, contentId) -> {
            String uploadId = refusal == null ? contentId : UploadKeys.refusedId(key, contentId);
            Instant receivedAt = clock.instant();
            long resumeFrom = 0;
            if (!preflight) {
                UploadRecord record = uploads.start(uploadId, bucket, key,
                        fileKelurahan == null ? null : fileKelurahan.code(), receivedAt);
                if (record.finished()) {
                    if (!record.objectKey().equals(key)) {
                        uploads.addAlias(uploadId, key);
                    }
                    log.atInfo().addKeyValue("event", "upload_repeated").addKeyValue("uploadId", uploadId)
                            .log("upload delivered again");
                    return alreadyProcessed(record, bucket, key);
                }
                if (record.hop() > 0) {
                    // The file was handed on: its continuations own it now, and this delivery is a repeat.
                    return inProgress(record, bucket, key, "berkas sedang diproses (lanjutan ke-" + record.hop()
                            + "); tidak ada yang dilakukan");
                }
                receivedAt = record.receivedAt();
                resumeFrom = record.rowsCheckpointed();
            }
            return process(new Pass(bucket, key, uploadId, receivedAt, fileKelurahan, preflight, 0, resumeFrom,
                    refusal), spool, remainingMillis, handoff);
        });
    }

    /**
     * A continuation event: the same file again, writing only past the stored checkpoint, in the one invocation
     * that claims this hop. Any other delivery of the same hop answers {@code IN_PROGRESS} and does nothing.
     */
    public UploadOutcome resume(Continuation continuation, LongSupplier remainingMillis,
                                Consumer<Continuation> handoff) {
        String uploadId = continuation.uploadId();
        UploadRecord record = uploads.find(uploadId).orElseThrow(() ->
                new IllegalArgumentException("no upload " + uploadId + " to continue"));
        if (record.finished()) {
            return alreadyProcessed(record, continuation.bucket(), continuation.key());
        }
        Instant now = clock.instant();
        Instant leaseUntil = now.plusMillis(Math.min(remainingMillis.getAsLong(), LONGEST_INVOCATION_MILLIS));
        if (!uploads.claimHop(uploadId, continuation.hop(), now, leaseUntil)) {
            log.atInfo().addKeyValue("event", "upload_continuation_repeated").addKeyValue("uploadId", uploadId)
                    .addKeyValue("hop", continuation.hop()).log("continuation delivered again");
            return inProgress(record, continuation.bucket(), continuation.key(), "lanjutan ke-"
                    + continuation.hop() + " sudah dijalankan oleh pemanggilan lain; tidak ada yang dilakukan");
        }
        try {
            return SpooledObject.with(s3, continuation.bucket(), continuation.key(), (spool, contentId) -> {
                Pass pass = new Pass(continuation.bucket(), continuation.key(), uploadId, record.receivedAt(),
                        kelurahanFromKey(continuation.key()), false, continuation.hop(), record.rowsCheckpointed(),
                        null);
                if (!contentId.equals(uploadId)) {
                    return replaced(pass);
                }
                return process(pass, spool, remainingMillis, handoff);
            });
        } catch (RuntimeException e) {
            // Lambda retries this same continuation after a failure; the retry must be able to claim it.
            uploads.releaseHop(uploadId, continuation.hop());
            throw e;
        }
    }

    private UploadOutcome process(Pass pass, Path spool, LongSupplier remaining, Consumer<Continuation> handoff)
            throws IOException {
        String fileName = pass.key().substring(pass.key().lastIndexOf('/') + 1);
        String reportKey = "reports/" + pass.uploadId() + ".csv";
        Path reportFile = Files.createTempFile("report", ".csv");
        try {
            IngestRun run;
            String status;
            String message;
            try (ReadOutcome outcome = pass.refusal() != null ? null
                         : UploadReader.open(spool, fileName, new ReadOptions(pass.kelurahan() != null));
                 BufferedWriter w = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
                 ReportCsv report = new ReportCsv(w)) {
                run = new IngestRun(report);
                if (pass.refusal() != null) {
                    // Refused for where it was put, before a byte of it is read.
                    status = UploadRecord.REJECTED;
                    message = pass.refusal().code() + ": " + pass.refusal().message();
                    run.countsByReason().put(pass.refusal().code(), 0L);
                } else if (outcome instanceof ReadOutcome.Rejected rejected) {
                    status = UploadRecord.REJECTED;
                    message = rejected.code().name() + ": " + rejected.message();
                    run.countsByReason().put(rejected.code().name(), 0L);
                } else {
                    ReadOutcome.Readable readable = (ReadOutcome.Readable) outcome;
                    // Read once per pass: the checks and every batch of new applicants use the same list.
                    OccupationList occupations = config.occupations();
                    RowChecker checker = new RowChecker(DIRECTORY, occupations, Jakarta.today(clock),
                            pass.kelurahan()).withSexFromNik(readable.header().sexFromNik());
                    RowBatches batches = new RowBatches(applicants, occupations, pass.uploadId(), pass.receivedAt(),
                            pass.preflight(), run);
                    boolean finished = rows(readable.rows().iterator(), checker, batches, run, pass, remaining);
                    if (finished) {
                        status = pass.preflight() ? "PREFLIGHT" : UploadRecord.COMPLETED;
                        message = CompletionMessage.of(run, pass.preflight(), readable);
                    } else if (handoff == null) {
                        throw new ContinuationNeeded(pass.uploadId(), run.rowsIn());
                    } else if (pass.hop() >= maxHops) {
                        status = UploadRecord.FAILED;
                        message = "CONTINUATION_LIMIT: berkas terlalu panjang; pemrosesan berhenti pada baris "
                                + run.rowsIn() + " setelah dilanjutkan " + maxHops + " kali. Baris yang tercantum di"
                                + " laporan sudah tersimpan; bagi sisa berkas menjadi beberapa berkas lalu unggah lagi";
                        run.countsByReason().put("CONTINUATION_LIMIT", 0L);
                    } else {
                        return handOff(pass, run, handoff);
                    }
                }
            }
            s3.putObject(b -> b.bucket(pass.bucket()).key(reportKey).contentType("text/csv; charset=utf-8"),
                    RequestBody.fromFile(reportFile));
            Instant finishedAt = clock.instant();
            ObjectNode summary = summary(pass.uploadId(), pass.key(), pass.kelurahan(), status, run, message,
                    pass.receivedAt(), finishedAt);
            s3.putObject(b -> b.bucket(pass.bucket()).key("reports/" + pass.uploadId() + ".json")
                            .contentType("application/json; charset=utf-8"),
                    RequestBody.fromString(summary.toPrettyString(), StandardCharsets.UTF_8));
            if (!pass.preflight()) {
                uploads.finish(pass.uploadId(), status, run.rowsIn(), run.accepted(), run.rejected(), run.added(),
                        run.countsByReason(), reportKey, finishedAt,
                        UploadRecord.FAILED.equals(status) ? message : null);
            }
            log.atInfo().addKeyValue("event", "upload_processed").addKeyValue("uploadId", pass.uploadId())
                    .addKeyValue("status", status).addKeyValue("rowsIn", run.rowsIn())
                    .addKeyValue("accepted", run.accepted()).addKeyValue("rejected", run.rejected())
                    .addKeyValue("added", run.added()).addKeyValue("hop", pass.hop()).log("upload processed");
            return outcome(pass, status, run, reportKey, message);
        } finally {
            Files.deleteIfExists(reportFile);
        }
    }

    /** Moves the hop on, then asks for the fresh invocation that takes it. */
    private UploadOutcome handOff(Pass pass, IngestRun run, Consumer<Continuation> handoff) {
        int next = pass.hop() + 1;
        if (!uploads.requestHop(pass.uploadId(), pass.hop(), next)) {
            // A second copy of this invocation handed the file on first.
            return outcome(pass, IN_PROGRESS, run, null, "berkas sudah dilanjutkan oleh pemanggilan lain");
        }
        try {
            handoff.accept(new Continuation(pass.bucket(), pass.key(), pass.uploadId(), next));
        } catch (RuntimeException e) {
            if (uploads.withdrawHop(pass.uploadId(), next, pass.hop())) {
                // The fresh invocation could not be requested (throttled, unreachable). Fall back to failing this
                // invocation: Lambda's asynchronous retry delivers this same event again, and the retry carries on
                // from the checkpoint just stored.
                log.atWarn().addKeyValue("event", "upload_continuation_not_started")
                        .addKeyValue("uploadId", pass.uploadId()).addKeyValue("hop", next)
                        .addKeyValue("error", e.getClass().getSimpleName()).log("continuation not started");
                throw new ContinuationNeeded(pass.uploadId(), run.rowsIn(), e);
            }
            // The continuation has claimed its hop already: the request reached Lambda after all.
        }
        log.atInfo().addKeyValue("event", "upload_continuing").addKeyValue("uploadId", pass.uploadId())
                .addKeyValue("hop", next).addKeyValue("rowsDone", run.rowsIn())
                .log("upload continues in a new invocation");
        return outcome(pass, CONTINUING, run, null, run.rowsIn() + " baris sudah diproses; sisanya dilanjutkan pada "
                + "pemanggilan baru (lanjutan ke-" + next + ")");
    }

    /** The object under the key now holds other bytes: the upload being continued can no longer be read. */
    private UploadOutcome replaced(Pass pass) {
        String message = "OBJECT_REPLACED: berkas " + pass.key() + " diganti sebelum selesai diproses; baris yang"
                + " sudah tersimpan tetap tersimpan, berkas pengganti diproses tersendiri";
        uploads.finish(pass.uploadId(), UploadRecord.FAILED, 0, 0, 0, 0, Map.of("OBJECT_REPLACED", 0L), null,
                clock.instant(), message);
        log.atWarn().addKeyValue("event", "upload_replaced_midway").addKeyValue("uploadId", pass.uploadId())
                .addKeyValue("hop", pass.hop()).log("file replaced while it was read");
        return new UploadOutcome(pass.uploadId(), pass.bucket(), pass.key(),
                pass.kelurahan() == null ? null : pass.kelurahan().code(), UploadRecord.FAILED, 0, 0, 0, 0,
                Map.of("OBJECT_REPLACED", 0L), null, message);
    }

    private static UploadOutcome outcome(Pass pass, String status, IngestRun run, String reportKey, String message) {
        return new UploadOutcome(pass.uploadId(), pass.bucket(), pass.key(),
                pass.kelurahan() == null ? null : pass.kelurahan().code(), status, run.rowsIn(), run.accepted(),
                run.rejected(), run.added(), run.countsByReason(), reportKey, message);
    }

    private static UploadOutcome alreadyProcessed(UploadRecord record, String bucket, String key) {
        return new UploadOutcome(record.uploadId(), bucket, key, record.kelurahanCode(), "ALREADY_PROCESSED",
                record.rowsIn(), record.accepted(), record.rejected(), 0, record.countsByReason(),
                record.reportKey(), "berkas sudah pernah diproses (unggahan pertama: " + record.uploadId()
                + ", " + record.objectKey() + "); tidak ada baris yang ditambahkan");
    }

    private static UploadOutcome inProgress(UploadRecord record, String bucket, String key, String message) {
        return new UploadOutcome(record.uploadId(), bucket, key, record.kelurahanCode(), IN_PROGRESS, 0, 0, 0, 0,
                Map.of(), null, message);
    }

    /**
     * @return false when time ran low at a checkpoint past {@code pass.resumeFrom()}: a pass that stops only after
     *     passing the stored checkpoint always leaves the next one less to do
     */
    private boolean rows(Iterator<id.pekalongan.batikberlian.domain.upload.RawRow> rows, RowChecker checker,
                         RowBatches batches, IngestRun run, Pass pass, LongSupplier remaining) {
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
                batches.write(pending);
                accepted = 0;
                if (!pass.preflight() && sinceCheckpoint >= checkpointEvery) {
                    uploads.checkpoint(pass.uploadId(), run.rowsIn(), clock.instant());
                    sinceCheckpoint = 0;
                    if (remaining.getAsLong() < RESERVE_MILLIS && run.rowsIn() > pass.resumeFrom()) {
                        return false;
                    }
                }
            }
        }
        batches.write(pending);
        return true;
    }

    /** {@code incoming/<kelurahan code or name>/<file>}: the folder names the kelurahan when it is one of the city's. */
    static Kelurahan kelurahanFromKey(String key) {
        return UploadKeys.kelurahanOf(key, DIRECTORY);
    }

    private static ObjectNode summary(String uploadId, String key, Kelurahan kelurahan, String status, IngestRun run,
                                      String message, Instant startedAt, Instant finishedAt) {
        ObjectNode s = Json.MAPPER.createObjectNode();
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
