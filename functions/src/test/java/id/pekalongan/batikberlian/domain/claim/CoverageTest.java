package id.pekalongan.batikberlian.domain.claim;

import id.pekalongan.batikberlian.domain.participant.Arrival;
import id.pekalongan.batikberlian.domain.participant.Membership;
import id.pekalongan.batikberlian.domain.participant.Person;
import id.pekalongan.batikberlian.domain.participant.Residence;
import id.pekalongan.batikberlian.domain.participant.Work;
import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.domain.eligibility.PriorityFlags;
import id.pekalongan.batikberlian.domain.participant.Applicant;
import id.pekalongan.batikberlian.domain.participant.EndReason;
import id.pekalongan.batikberlian.domain.participant.ParticipantStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coverage on the incident date, one row per situation of the participant record. */
class CoverageTest {

    private static Applicant participant(ParticipantStatus status, String coverageStart, String endedOn,
                                         EndReason reason, String deathDate) {
        return new Applicant(new Person("3375015505900001", "Siti", LocalDate.of(1990, 5, 15), null),
                new Residence("33.75.01.1004", "33.75.01", "001", "002", null, null),
                new Work("Buruh batik", null, 1_000_000L),
                PriorityFlags.NONE,
                status,
                new Arrival("FORM", 0, null, null),
                new Membership(null, date(coverageStart), 2022, date(endedOn), reason, date(deathDate)),
                null,
                3);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    @ParameterizedTest(name = "{0} from {1}, ended {2} ({3}, died {4}); incident {5}, death claim {6} → {7} {8}")
    @CsvSource(nullValues = "-", value = {
            // status,   coverageStart, endedOn,    endReason, deathDate,  incident,   death, verdict,   code/ends
            "ACTIVE,     2022-04-01,    -,          -,         -,          2025-03-10, true,  COVERED,   true",
            "ACTIVE,     2022-04-01,    -,          -,         -,          2025-03-10, false, COVERED,   false",
            "ACTIVE,     2022-04-01,    -,          -,         -,          2022-04-01, false, COVERED,   false",
            "ACTIVE,     2022-04-01,    -,          -,         -,          2022-03-31, true,  422,       INCIDENT_BEFORE_COVERAGE",
            "ACTIVE,     -,             -,          -,         -,          2025-03-10, true,  422,       INCIDENT_BEFORE_COVERAGE",
            "LAPSED,     2022-04-01,    -,          -,         -,          2025-03-10, true,  422,       PARTICIPANT_LAPSED",
            "LAPSED,     2022-04-01,    -,          -,         -,          2022-01-10, true,  422,       INCIDENT_BEFORE_COVERAGE",
            "PENDING,    -,             -,          -,         -,          2025-03-10, false, 422,       PARTICIPANT_NOT_ACTIVE",
            "WAITLISTED, -,             -,          -,         -,          2025-03-10, false, 422,       PARTICIPANT_NOT_ACTIVE",
            "INELIGIBLE, -,             -,          -,         -,          2025-03-10, true,  422,       PARTICIPANT_NOT_ACTIVE",
            // ended by this very death: a second claim for the same death (other type) is covered, ends nothing
            "ENDED,      2022-04-01,    2025-03-10, DEATH,     2025-03-10, 2025-03-10, true,  COVERED,   false",
            // an accident before the death, claimed afterwards
            "ENDED,      2022-04-01,    2025-03-10, DEATH,     2025-03-10, 2025-02-01, false, COVERED,   false",
            "ENDED,      2022-04-01,    2025-03-10, DEATH,     2025-03-10, 2025-03-11, false, 422,       PARTICIPANT_ENDED",
            "ENDED,      2022-04-01,    2025-03-10, DEATH,     2025-03-10, 2025-03-09, true,  409,       DEATH_ALREADY_RECORDED",
            "ENDED,      2022-04-01,    2024-06-30, AGE_OUT,   -,          2024-07-01, true,  422,       PARTICIPANT_ENDED",
            "ENDED,      2022-04-01,    2024-06-30, AGE_OUT,   -,          2024-06-30, true,  COVERED,   false",
            "ENDED,      2022-04-01,    -,          WITHDRAWN, -,          2024-06-30, false, 422,       PARTICIPANT_ENDED",
    })
    void coverageOnTheIncidentDate(ParticipantStatus status, String coverageStart, String endedOn, EndReason reason,
                                   String deathDate, LocalDate incident, boolean death, String verdict,
                                   String detail) {
        CoverageVerdict v = Coverage.on(participant(status, coverageStart, endedOn, reason, deathDate), incident,
                death);

        if (verdict.equals("COVERED")) {
            assertThat(v).isEqualTo(new CoverageVerdict.Covered(Boolean.parseBoolean(detail)));
        } else {
            assertThat(v).isInstanceOf(CoverageVerdict.NotCovered.class);
            CoverageVerdict.NotCovered no = (CoverageVerdict.NotCovered) v;
            assertThat(no.code()).isEqualTo(detail);
            assertThat(no.status()).isEqualTo(Integer.parseInt(verdict));
            assertThat(no.message()).isNotBlank().doesNotContain("3375015505900001");
        }
    }
}
