package id.pekalongan.batikberlian.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.pekalongan.batikberlian.testing.FunctionsApp;
import org.junit.jupiter.api.Test;

/** The SnapStart hook is registered with every context and runs its priming without touching the network. */
class SnapStartPrimingTest {

    @Test
    void primingLoadsTheRulesAndReferenceDataWithoutARequest() {
        SnapStartPriming priming = FunctionsApp.bean(SnapStartPriming.class);
        assertThat(priming.prime()).isEqualTo(11);
    }
}
