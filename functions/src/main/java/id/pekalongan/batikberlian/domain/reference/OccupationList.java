package id.pekalongan.batikberlian.domain.reference;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's occupation list. It is data: staff extend it by adding rows to {@code occupations.csv}
 * (columns {@code code,name,aliases,valid_from,valid_to,basis}; {@code valid_to} may be absent or empty) or by
 * building a list from records.
 */
public final class OccupationList {

    private static final String RESOURCE = "/reference/occupations.csv";

    private final List<Occupation> occupations;
    private final Map<String, Occupation> byKey = new HashMap<>();
    private final Memo<Optional<Occupation>> found = new Memo<>(KelurahanDirectory.MEMO_CAPACITY,
            this::findText);

    /** @throws IllegalArgumentException when two occupations share a code, name or alias */
    public OccupationList(List<Occupation> occupations) {
        this.occupations = List.copyOf(occupations);
        for (Occupation o : this.occupations) {
            register(MatchKey.of(o.code()), o);
            register(MatchKey.of(o.name()), o);
            for (String alias : o.aliases()) {
                register(MatchKey.of(alias), o);
            }
        }
    }

    /** The list shipped with the application, read once: it is immutable, and every request starts from it. */
    public static OccupationList loadDefault() {
        return Shipped.LIST;
    }

    private static final class Shipped {
        static final OccupationList LIST = fromRows(ReferenceCsv.resource(OccupationList.class, RESOURCE, ReferenceCsv::records));
    }

    public static OccupationList fromCsv(Reader csv) {
        return fromRows(ReferenceCsv.records(csv));
    }

    private static OccupationList fromRows(List<Map<String, String>> rows) {
        List<Occupation> list = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String code = row.getOrDefault("code", "");
            if (code.isBlank()) {
                throw new IllegalArgumentException("occupation row without code: " + row);
            }
            list.add(new Occupation(code, row.getOrDefault("name", ""),
                    KelurahanDirectory.splitAliases(row.get("aliases")),
                    date(row, "valid_from", code), optionalDate(row, "valid_to", code), row.get("basis")));
        }
        return new OccupationList(list);
    }

    /**
     * A new list with this occupation added, or replacing the one with the same code: staff add the city's remaining
     * occupations and close or correct existing ones.
     */
    public OccupationList with(Occupation occupation) {
        List<Occupation> extended = new ArrayList<>(occupations);
        extended.removeIf(o -> o.code().equals(occupation.code()));
        extended.add(occupation);
        return new OccupationList(extended);
    }

    public List<Occupation> all() {
        return occupations;
    }

    /** By code, name or alias, forgiving case, spacing and punctuation. */
    public Optional<Occupation> find(String text) {
        return found.get(text);
    }

    private Optional<Occupation> findText(String text) {
        String key = MatchKey.of(text);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** The occupations that may be enrolled on the given date. */
    public List<Occupation> validOn(LocalDate date) {
        return occupations.stream().filter(o -> o.validOn(date)).toList();
    }

    private void register(String key, Occupation occupation) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("occupation " + occupation.code() + " has an empty name or alias");
        }
        Occupation previous = byKey.putIfAbsent(key, occupation);
        if (previous != null && previous != occupation) {
            throw new IllegalArgumentException(
                    "'" + key + "' would match both " + previous.code() + " and " + occupation.code());
        }
    }

    private static LocalDate date(Map<String, String> row, String column, String code) {
        LocalDate date = optionalDate(row, column, code);
        if (date == null) {
            throw new IllegalArgumentException("occupation " + code + " without " + column);
        }
        return date;
    }

    private static LocalDate optionalDate(Map<String, String> row, String column, String code) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("occupation " + code + ": " + column + " is not a date: " + value, e);
        }
    }
}
