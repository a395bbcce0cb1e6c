package id.pekalongan.batikberlian.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArgsTest {

    @Test
    void aRateOfZeroSkipsALoadWhileSizesMustStayPositive() {
        BenchArgs args = new BenchArgs(List.of("--rate", "0", "--clients", "0"));

        assertThat(args.countValue("rate", 100)).isZero();
        assertThatThrownBy(() -> args.intValue("clients", 50))
                .hasMessage("--clients takes a positive whole number, not '0'");
    }

    @Test
    void numbersMayBeGroupedAndDefaultsFillTheGaps() {
        BenchArgs args = new BenchArgs(List.of("--rows", "1_000_000", "--parse-only"));

        assertThat(args.intValue("rows", 1)).isEqualTo(1_000_000);
        assertThat(args.countValue("rate", 100)).isEqualTo(100);
        assertThat(args.flag("parse-only")).isTrue();
    }

    @Test
    void aNegativeCountOrAWordIsRefusedByName() {
        BenchArgs args = new BenchArgs(List.of("--rate", "-5", "--requests", "many"));

        assertThatThrownBy(() -> args.countValue("rate", 100))
                .hasMessage("--rate takes a whole number, 0 or more, not '-5'");
        assertThatThrownBy(() -> args.intValue("requests", 10))
                .hasMessage("--requests takes a positive whole number, not 'many'");
    }
}
