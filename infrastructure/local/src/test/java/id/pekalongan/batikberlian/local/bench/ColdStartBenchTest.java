package id.pekalongan.batikberlian.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the cold-start bench takes from the template and how it sums up its runs; no timing is judged here. */
class ColdStartBenchTest {

    @Test
    void theFunctionsJvmOptionsAreTheOnesTheTemplateGivesEveryLambda() {
        assertThat(ColdStartBench.templateJvmOptions()).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleRunAndOfAnEvenCountTheMeanOfTheTwoMiddleOnes() {
        assertThat(ColdStartBench.median(List.of(900L, 100L, 300L))).isEqualTo(300L);
        assertThat(ColdStartBench.median(List.of(400L, 100L, 300L, 200L))).isEqualTo(250L);
    }
}
