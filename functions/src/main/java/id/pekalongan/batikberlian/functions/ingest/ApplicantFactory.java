package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.upload.Field;
import java.time.Instant;

/** A checked row (or form registration) as a new {@code PENDING} applicant. */
public final class ApplicantFactory {

    private ApplicantFactory() {
    }

    public static Applicant fromRow(RowVerdict.Accepted a, String uploadId, Instant receivedAt,
                                    OccupationList occupations) {
        var c = a.candidate();
        String occupationCode = occupations.find(c.occupation()).map(Occupation::code).orElse(null);
        return new Applicant(a.nik().digits(), c.name().trim().replaceAll("\\s+", " "), c.birthDate(), c.sex(),
                c.occupation(), occupationCode, a.kelurahan().code(), a.kelurahan().kecamatanCode(),
                a.row().value(Field.RT).orElse(null), a.row().value(Field.RW).orElse(null),
                a.row().value(Field.ADDRESS).orElse(null), a.row().value(Field.PHONE).orElse(null), c.priority(),
                Applicant.DEFAULT_DECLARED_INCOME, ParticipantStatus.PENDING, uploadId, a.rowNumber(), receivedAt,
                arrivalKey(receivedAt, uploadId, a.rowNumber()), null, null, null, null, null, null, null, 1);
    }

    /** Arrival order for the waitlist: when the file came, then its row order. */
    public static String arrivalKey(Instant receivedAt, String uploadId, int rowNumber) {
        return receivedAt.toString() + "#" + uploadId.substring(0, Math.min(12, uploadId.length())) + "#"
                + String.format("%07d", rowNumber);
    }
}
