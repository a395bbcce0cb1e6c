package id.pekalongan.batikberlian.domain.claim;

import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Was the participant covered on the incident date? Judged from the participant record alone (RULES.md §3: "only if
 * the membership was active on the date of death"); a missing record is the caller's NIK_NOT_REGISTERED.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * @param death whether the claim is for the participant's death (JKM_DEATH or JKK_DEATH)
     */
    public static CoverageVerdict on(Applicant participant, LocalDate incidentDate, boolean death) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(incidentDate, "incidentDate");
        ParticipantStatus status = participant.status();
        if (status == ParticipantStatus.PENDING || status == ParticipantStatus.INELIGIBLE
                || status == ParticipantStatus.WAITLISTED) {
            return refuse(422, "PARTICIPANT_NOT_ACTIVE", "nik", "Pekerja ini belum menjadi peserta aktif (status "
                    + status + "); klaim hanya untuk peserta yang terlindungi pada tanggal kejadian.");
        }
        LocalDate start = participant.coverageStart();
        if (start == null || incidentDate.isBefore(start)) {
            return refuse(422, "INCIDENT_BEFORE_COVERAGE", "incidentDate", "Tanggal kejadian " + incidentDate
                    + " sebelum perlindungan dimulai" + (start == null ? "" : " (" + start + ")") + ".");
        }
        if (status == ParticipantStatus.LAPSED) {
            return refuse(422, "PARTICIPANT_LAPSED", "nik", "Kepesertaan nonaktif karena tunggakan iuran; "
                    + "kejadian tidak dilindungi.");
        }
        if (status == ParticipantStatus.ENDED) {
            return ended(participant, incidentDate, death);
        }
        return new CoverageVerdict.Covered(death);
    }

    private static CoverageVerdict ended(Applicant p, LocalDate incidentDate, boolean death) {
        LocalDate end = p.endedOn() != null ? p.endedOn() : p.deathDate();
        if (p.endReason() == EndReason.DEATH && death && p.deathDate() != null
                && !p.deathDate().equals(incidentDate)) {
            return refuse(409, "DEATH_ALREADY_RECORDED", "incidentDate", "Peserta sudah tercatat meninggal pada "
                    + p.deathDate() + "; tanggal kematian pada klaim (" + incidentDate + ") berbeda.");
        }
        if (end == null || incidentDate.isAfter(end)) {
            return refuse(422, "PARTICIPANT_ENDED", "incidentDate", "Kepesertaan sudah berakhir"
                    + (end == null ? "" : " pada " + end) + (p.endReason() == null ? "" : " (" + p.endReason() + ")")
                    + "; kejadian sesudahnya tidak dilindungi.");
        }
        // Ended on or after the incident: the incident happened while covered, and the membership is already over.
        return new CoverageVerdict.Covered(false);
    }

    private static CoverageVerdict refuse(int status, String code, String field, String message) {
        return new CoverageVerdict.NotCovered(status, code, field, message);
    }
}
