package id.pekalongan.batikberlian.domain.benefit;

import id.pekalongan.batikberlian.domain.reference.ReferenceCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annex of anatomical disability percentages, kept as data: {@code code,percent,description} lines, {@code #}
 * comments allowed. Staff extend it by adding lines (or a new versioned file for a new regulation); codes are stable.
 */
public final class DisabilityTable {

    private final String version;
    private final Map<String, DisabilityItem> byCode;

    public DisabilityTable(String version, List<DisabilityItem> items) {
        this.version = version;
        Map<String, DisabilityItem> map = new LinkedHashMap<>();
        for (DisabilityItem item : items) {
            if (map.put(item.code(), item) != null) {
                throw new IllegalArgumentException("disability table " + version + " lists " + item.code() + " twice");
            }
        }
        this.byCode = Map.copyOf(map);
    }

    public static DisabilityTable fromResource(String version, String resource) {
        return ReferenceCsv.resource(DisabilityTable.class, resource, reader -> read(version, reader));
    }

    /** {@code code,percent,description}; the header line is optional and the description may hold commas. */
    public static DisabilityTable read(String version, Reader source) {
        List<DisabilityItem> items = new ArrayList<>();
        List<ReferenceCsv.Line> lines = ReferenceCsv.lines(source);
        boolean header = !lines.isEmpty() && lines.get(0).cell(0).equals("code");
        for (ReferenceCsv.Line line : header ? lines.subList(1, lines.size()) : lines) {
            if (line.cells().size() < 3) {
                throw new IllegalArgumentException("disability table " + version + " line " + line.number()
                        + ": expected code,percent,description");
            }
            items.add(new DisabilityItem(line.cell(0), new BigDecimal(line.cell(1)), line.rest(2)));
        }
        return new DisabilityTable(version, items);
    }

    public Optional<DisabilityItem> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** A copy with more items, e.g. annex lines not yet in the resource file. */
    public DisabilityTable with(List<DisabilityItem> more) {
        List<DisabilityItem> all = new ArrayList<>(byCode.values());
        all.addAll(more);
        return new DisabilityTable(version, all);
    }

    public String version() {
        return version;
    }

    public int size() {
        return byCode.size();
    }
}
