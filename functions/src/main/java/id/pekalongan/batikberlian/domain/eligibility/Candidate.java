package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.nik.NikMask;
import id.pekalongan.batikberlian.domain.nik.Sex;
import java.time.LocalDate;

/**
 * One person proposed by a kelurahan, as submitted: the text fields are the raw cells, so that the rules can say
 * exactly what was wrong with them.
 *
 * @param nikText       the NIK cell as typed
 * @param name          full name
 * @param birthDate     recorded date of birth, or null when the cell was empty or unreadable
 * @param sex           recorded sex, or null when missing
 * @param occupation    the occupation as typed
 * @param kelurahan     the kelurahan of domicile as typed
 * @param kecamatan     the kecamatan as typed, or null when the sheet has no such column
 * @param priority      priority markers
 */
public record Candidate(
        String nikText,
        String name,
        LocalDate birthDate,
        Sex sex,
        String occupation,
        String kelurahan,
        String kecamatan,
        PriorityFlags priority) {

    public Candidate {
        priority = priority == null ? PriorityFlags.NONE : priority;
    }

    /** Keeps the NIK out of logs when a candidate is printed whole. */
    @Override
    public String toString() {
        return "Candidate[nik=" + NikMask.mask(nikText) + ", kelurahan=" + kelurahan + ", occupation=" + occupation
                + ", priority=" + priority + "]";
    }
}
