package id.pekalongan.batikberlian.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "SUBMITTED, COMPUTED,  true",
            "COMPUTED,  APPROVED,  true",
            "APPROVED,  PAID,      true",
            "COMPUTED,  PAID,      false",
            "SUBMITTED, APPROVED,  false",
            "APPROVED,  COMPUTED,  false",
            "PAID,      APPROVED,  false",
            "APPROVED,  APPROVED,  false",
            "PAID,      PAID,      false",
    })
    void onlyOneStepForward(ClaimStatus from, ClaimStatus to, boolean allowed) {
        assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}, {1}, {2} vs {3}, {4}, {5}: same id {6}")
    @CsvSource({
            "3375015505900001, JKM_DEATH, 2025-03-10, 3375015505900001, JKM_DEATH, 2025-03-10, true",
            "3375015505900001, JKM_DEATH, 2025-03-10, 3375015505900001, JKK_DEATH, 2025-03-10, false",
            "3375015505900001, JKM_DEATH, 2025-03-10, 3375015505900001, JKM_DEATH, 2025-03-11, false",
            "3375015505900001, JKM_DEATH, 2025-03-10, 3375015505900002, JKM_DEATH, 2025-03-10, false",
    })
    void claimIdFollowsParticipantTypeAndDate(String nikA, String typeA, LocalDate dateA, String nikB, String typeB,
                                              LocalDate dateB, boolean same) {
        String a = ClaimId.of(nikA, typeA, dateA);
        String b = ClaimId.of(nikB, typeB, dateB);

        assertThat(a.equals(b)).isEqualTo(same);
        assertThat(ClaimId.looksValid(a)).isTrue();
        assertThat(a).doesNotContain(nikA).doesNotContain(nikA.substring(8));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "''", "KLM-", "KLM-0123456789abcdef01234567", "../etc/passwd",
            "KLM-0123456789ABCDEF0123456Z", "XYZ-0123456789ABCDEF01234567"})
    void junkIsNotAClaimId(String id) {
        assertThat(ClaimId.looksValid(id)).isFalse();
    }

    @Test
    void aWellFormedIdIsRecognised() {
        assertThat(ClaimId.looksValid("KLM-0123456789ABCDEF01234567")).isTrue();
    }
}
