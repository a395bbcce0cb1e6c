package id.pekalongan.batikberlian.domain.premium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterHashTest {

    private static final BillingPeriod JUNE = BillingPeriod.of(2024, 6);
    private static final String V = "PP44-2015/PP82-2019";

    private static List<RosterLine> roster() {
        return List.of(
                new RosterLine("3375014107900001", 16_800, V),
                new RosterLine("3375020101850002", 16_800, V),
                new RosterLine("3326015505700003", 19_146, V));
    }

    @Test
    void matchesTheDocumentedCanonicalText() throws Exception {
        String text = "batik-berlian-roster v1\nperiod=2024-06\n"
                + "3326015505700003;19146;" + V + "\n"
                + "3375014107900001;16800;" + V + "\n"
                + "3375020101850002;16800;" + V + "\n";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));

        RosterHash hash = RosterHash.of(JUNE, roster());

        assertThat(hash.sha256()).isEqualTo(expected);
        assertThat(hash.participants()).isEqualTo(3);
        assertThat(hash.totalAmount()).isEqualTo(52_746);
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<RosterLine> shuffled = new ArrayList<>(roster());
        Collections.reverse(shuffled);

        assertThat(RosterHash.of(JUNE, shuffled)).isEqualTo(RosterHash.of(JUNE, roster()));
    }

    @ParameterizedTest(name = "changing {0} changes the hash")
    @CsvSource({
            "premium,  3375014107900001, 16801, PP44-2015/PP82-2019, 2024-06",
            "version,  3375014107900001, 16800, NEXT,                2024-06",
            "nik,      3375014107900009, 16800, PP44-2015/PP82-2019, 2024-06",
            "period,   3375014107900001, 16800, PP44-2015/PP82-2019, 2024-07",
    })
    void anyChangeChangesTheHash(String what, String nik, long total, String version, String period) {
        List<RosterLine> changed = new ArrayList<>(roster());
        changed.set(0, new RosterLine(nik, total, version));

        assertThat(RosterHash.of(BillingPeriod.parse(period), changed).sha256())
                .as(what).isNotEqualTo(RosterHash.of(JUNE, roster()).sha256());
    }

    @Test
    void aNikTwiceIsRefusedWithoutPrintingIt() {
        List<RosterLine> twice = List.of(new RosterLine("3375014107900001", 16_800, V),
                new RosterLine("3375014107900001", 16_800, V));

        assertThatThrownBy(() -> RosterHash.of(JUNE, twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3375********0001")
                .hasMessageNotContaining("3375014107900001");
    }

    @ParameterizedTest
    @CsvSource({"3.37501E+15", "337501410790000", "33750141079000011", "3375 0141 0790 0001"})
    void onlySixteenDigitNiksEnterTheHash(String nik) {
        assertThatThrownBy(() -> new RosterLine(nik, 16_800, V)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyRosterStillHashes() {
        RosterHash hash = RosterHash.of(JUNE, List.of());

        assertThat(hash.participants()).isZero();
        assertThat(hash.sha256()).hasSize(64).isNotEqualTo(RosterHash.of(JUNE.next(), List.of()).sha256());
    }
}
