package id.pekalongan.batikberlian.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annex percentages are data read from a resource and can be extended. */
class DisabilityTableTest {

    private final DisabilityTable pp82 = BenefitTableFile.bundled("PP82-2019.csv").disabilityTable();

    @ParameterizedTest(name = "{0} = {1}%")
    @CsvSource({
            "EYE_ONE, 35", "EYES_BOTH, 70", "HEARING_BOTH_EARS, 40", "HEARING_ONE_EAR, 20",
            "ARM_RIGHT_SHOULDER, 40", "ARM_LEFT_SHOULDER, 35", "ARM_RIGHT_ELBOW, 35", "ARM_LEFT_ELBOW, 30",
            "HAND_RIGHT_WRIST, 32", "HAND_LEFT_WRIST, 28", "LEG_ONE_HIP, 35", "FOOT_ONE_ANKLE, 20",
            "THUMB_RIGHT, 15", "THUMB_LEFT, 12", "INDEX_FINGER_RIGHT, 9", "INDEX_FINGER_LEFT, 7",
            "OTHER_FINGER_RIGHT, 4", "OTHER_FINGER_LEFT, 3",
    })
    void annexPercentages(String code, BigDecimal percent) {
        assertThat(pp82.find(code)).get().extracting(DisabilityItem::percent)
                .satisfies(p -> assertThat(p).isEqualByComparingTo(percent));
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(pp82.find("TAIL")).isEmpty();
        assertThat(pp82.find(null)).isEmpty();
    }

    @Test
    void staffCanAddRowsWithFractionalPercentages() {
        DisabilityTable extended = pp82.with(List.of(
                new DisabilityItem("INDEX_FINGER_RIGHT_FIRST_JOINT", new BigDecimal("4.5"), "Ruas telunjuk kanan")));

        assertThat(extended.size()).isEqualTo(pp82.size() + 1);
        assertThat(extended.find("INDEX_FINGER_RIGHT_FIRST_JOINT")).isPresent();
        assertThat(pp82.find("INDEX_FINGER_RIGHT_FIRST_JOINT")).isEmpty();
    }

    @Test
    void readsCommentsHeaderAndDescriptionsWithCommas() throws Exception {
        DisabilityTable table = DisabilityTable.read("T", new StringReader(
                "# comment\ncode,percent,description\nA,2.5,Satu, dua\n\nB,10,Tiga\n"));

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.find("A")).get().extracting(DisabilityItem::description).isEqualTo("Satu, dua");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"A,0,x", "A,101,x", "A,abc,x", "A,10"})
    void rejectsBadRows(String row) {
        assertThatThrownBy(() -> DisabilityTable.read("T", new StringReader(row)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDuplicateCodes() {
        assertThatThrownBy(() -> DisabilityTable.read("T", new StringReader("A,1,x\nA,2,y\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
