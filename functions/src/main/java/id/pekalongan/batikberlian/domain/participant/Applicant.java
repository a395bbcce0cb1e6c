package id.pekalongan.batikberlian.domain.participant;

import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.nik.Sex;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered worker, from the moment a kelurahan row or the form registers them until their membership ends. One
 * record per NIK across all kelurahan and all uploads: the NIK is the key.
 *
 * @param nik             the 16 digits, validated at registration
 * @param occupation      the occupation as written by the clerk; judged against the list valid on the decision date
 * @param kelurahanCode   the matched kelurahan's code, e.g. {@code 33.75.01.1004}
 * @param uploadId        the SHA-256 of the file that registered them, or {@code FORM} for the web form
 * @param rowNumber       the spreadsheet row in that file (0 for the form)
 * @param arrivalKey      orders the waitlist: arrival time, then row number
 * @param declaredIncome  whole rupiah; the basis of JKK and of wage-based benefits
 * @param version         increases with every write, for optimistic checks
 */
public record Applicant(String nik, String name, LocalDate birthDate, Sex sex, String occupation,
                        String occupationCode, String kelurahanCode, String kecamatanCode, String rt, String rw,
                        String address, String phone, PriorityFlags priority, long declaredIncome,
                        ParticipantStatus status, String uploadId, int rowNumber, Instant receivedAt,
                        String arrivalKey, LocalDate approvedOn, LocalDate coverageStart, Integer programmeYear,
                        LocalDate endedOn, EndReason endReason, LocalDate deathDate, StoredDecision decision,
                        long version) {

    public static final long DEFAULT_DECLARED_INCOME = 1_000_000L;

    public String maskedNik() {
        return NikMask.mask(nik);
    }

    public Applicant withStatus(ParticipantStatus newStatus) {
        return new Applicant(nik, name, birthDate, sex, occupation, occupationCode, kelurahanCode, kecamatanCode, rt,
                rw, address, phone, priority, declaredIncome, newStatus, uploadId, rowNumber, receivedAt, arrivalKey,
                approvedOn, coverageStart, programmeYear, endedOn, endReason, deathDate, decision, version);
    }

    @Override
    public String toString() {
        return "Applicant[" + maskedNik() + ", " + status + ", " + kelurahanCode + "]";
    }
}
