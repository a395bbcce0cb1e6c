package id.pekalongan.batikberlian.domain.reference;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceCsvTest {

    @Test
    void skipsBomCommentsAndBlankLinesAndKeepsLineNumbers() {
        List<ReferenceCsv.Line> lines = ReferenceCsv.lines(new StringReader(
                "\uFEFF# source: a decree\ncode,name\n\nA,\"Satu, dua\"\n,\nB,Tiga\n"));

        assertThat(lines).extracting(ReferenceCsv.Line::number).containsExactly(2, 4, 6);
        assertThat(lines.get(0).cells()).containsExactly("code", "name");
        assertThat(lines.get(1).cell(1)).isEqualTo("Satu, dua");
        assertThat(lines.get(2).cell(5)).isEmpty();
    }

    @Test
    void rowsDemandTheExactHeaderAndNameTheLine() {
        assertThat(ReferenceCsv.rows(new StringReader("date,name\n2024-01-01,Tahun Baru\n"), List.of("date", "name")))
                .singleElement().extracting(l -> l.cell(1)).isEqualTo("Tahun Baru");
        assertThatThrownBy(() -> ReferenceCsv.rows(new StringReader("# x\ndate;name\n"), List.of("date", "name")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2: expected header date,name");
    }

    @Test
    void recordsAreKeyedByLowerCasedHeaderWhateverTheColumnOrder() {
        List<Map<String, String>> records = ReferenceCsv.records(new StringReader(
                "Name , CODE\n  Tukang becak ,BECAK\nLebe\n"));

        assertThat(records).containsExactly(Map.of("name", "Tukang becak", "code", "BECAK"),
                Map.of("name", "Lebe", "code", ""));
    }

    @Test
    void restJoinsAnUnquotedLastColumnBackTogether() {
        ReferenceCsv.Line line = ReferenceCsv.lines(new StringReader("A,2.5,Satu, dua\n")).get(0);

        assertThat(line.rest(2)).isEqualTo("Satu, dua");
        assertThat(line.rest(3)).isEqualTo("dua");
        assertThat(line.rest(9)).isEmpty();
    }

    @Test
    void aMissingResourceSaysWhich() {
        assertThatThrownBy(() -> ReferenceCsv.resource(ReferenceCsvTest.class, "/no/such.csv", ReferenceCsv::records))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/such.csv");
    }
}
