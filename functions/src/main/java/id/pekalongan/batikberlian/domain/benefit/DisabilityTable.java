package id.pekalongan.batikberlian.domain.benefit;

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
        InputStream in = DisabilityTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("disability table resource missing: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(version, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DisabilityTable read(String version, Reader source) throws IOException {
        List<DisabilityItem> items = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        int number = 0;
        boolean header = true;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (trimmed.startsWith("code,")) {
                    continue;
                }
            }
            String[] cells = trimmed.split(",", 3);
            if (cells.length < 3) {
                throw new IllegalArgumentException("disability table " + version + " line " + number
                        + ": expected code,percent,description");
            }
            items.add(new DisabilityItem(cells[0].strip(), new BigDecimal(cells[1].strip()), cells[2].strip()));
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
