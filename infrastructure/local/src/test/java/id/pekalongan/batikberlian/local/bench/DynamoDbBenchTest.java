package id.pekalongan.batikberlian.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DynamoDbBenchTest {

    @Test
    void theDefaultsAreTheIssuesSizesEightThreadsAndMotoCappedAtTwentySeconds() {
        DynamoDbBench.Options o = DynamoDbBench.Options.from(new BenchArgs(List.of()));

        assertThat(o.sizes()).containsExactly(1_000, 10_000, 100_000);
        assertThat(o.threads()).isEqualTo(8);
        assertThat(o.seconds()).isEqualTo(10);
        assertThat(o.moto()).isTrue();
        assertThat(o.motoSeconds()).isEqualTo(20);
    }

    @Test
    void itemsSetTheLargestSizeAfterTheStandardOnesBelowIt() {
        assertThat(DynamoDbBench.Options.from(new BenchArgs(List.of("--items", "20_000"))).sizes())
                .containsExactly(1_000, 10_000, 20_000);
        assertThat(DynamoDbBench.Options.from(new BenchArgs(List.of("--items", "1000"))).sizes())
                .containsExactly(1_000);
        assertThat(DynamoDbBench.Options.from(new BenchArgs(List.of("--items", "500"))).sizes())
                .containsExactly(500);
    }

    @Test
    void motoCanBeLeftOutAndItsSecondsNeverExceedTwenty() {
        DynamoDbBench.Options o = DynamoDbBench.Options.from(
                new BenchArgs(List.of("--no-moto", "--moto-seconds", "90", "--threads", "2")));

        assertThat(o.moto()).isFalse();
        assertThat(o.motoSeconds()).isEqualTo(20);
        assertThat(o.threads()).isEqualTo(2);
    }

    @Test
    void fewerItemsThanOneIndexGroupAreRefusedByName() {
        assertThatThrownBy(() -> DynamoDbBench.Options.from(new BenchArgs(List.of("--items", "10"))))
                .hasMessage("--items takes at least 50 (one GSI group), not 10");
        assertThatThrownBy(() -> DynamoDbBench.Options.from(new BenchArgs(List.of("--threads", "0"))))
                .hasMessage("--threads takes a positive whole number, not '0'");
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(RequestLoad.percentile(sorted, 50)).isEqualTo(5);
        assertThat(RequestLoad.percentile(sorted, 99)).isEqualTo(10);
        assertThat(RequestLoad.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(RequestLoad.percentile(new long[0], 99)).isZero();
    }
}
