package id.pekalongan.batikberlian.domain.eligibility;

import id.pekalongan.batikberlian.domain.reference.KelurahanDirectory;
import id.pekalongan.batikberlian.domain.reference.OccupationList;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the rules need besides the candidate.
 *
 * @param evaluationDate the date ages and occupation validity are judged on (Asia/Jakarta)
 */
public record EvaluationContext(
        LocalDate evaluationDate,
        KelurahanDirectory kelurahanDirectory,
        OccupationList occupationList,
        ParticipantLookup participantLookup) {

    public EvaluationContext {
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        Objects.requireNonNull(kelurahanDirectory, "kelurahanDirectory");
        Objects.requireNonNull(occupationList, "occupationList");
        Objects.requireNonNull(participantLookup, "participantLookup");
    }
}
