package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.domain.ingest.ReportRow;
import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.storage.ApplicantStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checked rows of one pass over an upload, taken in batches: each batch is looked up in one request, its new
 * applicants are written (never over a stored one), and every row goes to the report in row order with what became
 * of it.
 */
final class RowBatches {

    private final ApplicantStore applicants;
    private final OccupationList occupations;
    private final String uploadId;
    private final Instant receivedAt;
    private final boolean preflight;
    private final IngestRun run;

    RowBatches(ApplicantStore applicants, OccupationList occupations, String uploadId, Instant receivedAt,
               boolean preflight, IngestRun run) {
        this.applicants = applicants;
        this.occupations = occupations;
        this.uploadId = uploadId;
        this.receivedAt = receivedAt;
        this.preflight = preflight;
        this.run = run;
    }

    /** Decides the buffered rows against what is stored, writes the new ones, and reports them in row order. */
    void write(List<RowVerdict> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<RowVerdict.Accepted> candidates = pending.stream().filter(RowVerdict.Accepted.class::isInstance)
                .map(RowVerdict.Accepted.class::cast).toList();
        Map<String, Applicant> stored = applicants.findAll(candidates.stream().map(a -> a.nik().digits()).toList());
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
}
