package id.pekalongan.batikberlian.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmarks' output is a contract: every line a figure ({@code key=value}) or an explanation ({@code # …}),
 * the figures that must add up do. No timing is judged here.
 */
class BenchOutputTest {

    private static final Pattern FIGURE = Pattern.compile("([a-z][a-z0-9_.A-Z]*)=(.*)");

    @ParameterizedTest(name = "bench {0} {1} {2}")
    @CsvSource({
        "ingest,  --rows,         2000, ingest.rows_in,       ingest.accepted,  ingest.rejected",
        "billing, --participants, 300,  billing.participants, billing.billed,   billing.rerun_new_lines"
    })
    void printsParsableFiguresThatAddUp(String name, String option, String size, String total, String part,
                                        String rest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = BenchSuite.run(List.of(name, option, size), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                parameters -> {
                    throw new AssertionError("no stack is needed");
                });
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(out).isZero();
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            if (line.startsWith("# ")) {
                continue;
            }
            Matcher m = FIGURE.matcher(line);
            assertThat(m.matches()).as("a key=value line: " + line).isTrue();
            assertThat(figures.put(m.group(1), m.group(2))).as("key printed once: " + m.group(1)).isNull();
        }
        assertThat(figures).containsEntry("bench." + name + ".done", "1");
        long t = Long.parseLong(figures.get(total));
        long p = Long.parseLong(figures.get(part));
        long r = Long.parseLong(figures.get(rest));
        assertThat(t).isEqualTo(Long.parseLong(size));
        // ingest: rows in = accepted + rejected; billing: everyone billed, and a second run adds nothing.
        assertThat(p + r).isEqualTo(t);
        assertThat(figures.keySet()).allMatch(k -> k.startsWith(name + ".") || k.startsWith("bench."));
    }
}
