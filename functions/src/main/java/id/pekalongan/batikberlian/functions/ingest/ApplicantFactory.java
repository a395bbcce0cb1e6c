package id.pekalongan.batikberlian.functions.ingest;

import id.pekalongan.batikberlian.domain.ingest.RowVerdict;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import id.pekalongan.batikberlian.domain.premium.RateTables;
import id.pekalongan.batikberlian.domain.reference.Occupation;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import id.pekalongan.batikberlian.domain.time.Jakarta;
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
        String name = c.name().trim().replaceAll("\\s+", " ");
        Residence residence = new Residence(a.kelurahan().code(), a.kelurahan().kecamatanCode(),
                a.row().value(Field.RT).orElse(null), a.row().value(Field.RW).orElse(null),
                a.row().value(Field.ADDRESS).orElse(null), a.row().value(Field.PHONE).orElse(null));
        long declaredIncome = RateTables.standard().inForceOn(receivedAt.atZone(Jakarta.ZONE).toLocalDate())
                .defaultDeclaredIncome();
        return new Applicant(new Person(a.nik().digits(), name, c.birthDate(), c.sex()), residence,
                new Work(c.occupation(), occupationCode, declaredIncome), c.priority(), ParticipantStatus.PENDING,
                new Arrival(uploadId, a.rowNumber(), receivedAt, arrivalKey(receivedAt, uploadId, a.rowNumber())),
                Membership.NONE, null, 1);
    }

    /** Arrival order for the waitlist: when the file came, then its row order. */
    public static String arrivalKey(Instant receivedAt, String uploadId, int rowNumber) {
        return receivedAt.toString() + "#" + uploadId.substring(0, Math.min(12, uploadId.length())) + "#"
                + String.format("%07d", rowNumber);
    }
}
