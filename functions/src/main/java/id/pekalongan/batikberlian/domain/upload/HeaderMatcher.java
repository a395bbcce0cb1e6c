package id.pekalongan.batikberlian.domain.upload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps header cells to {@link Field}s; see {@link HeaderMapping} for the rules on blanks and duplicates. */
public final class HeaderMatcher {

    private static final Set<String> ROW_NUMBER_KEYS = Set.of("no", "nomor", "nourut", "nomorurut", "urut");

    /** Fields for which a second column is a conflict rather than an extra. */
    private static final Set<Field> IDENTITY_FIELDS = EnumSet.of(Field.NIK, Field.NAME, Field.BIRTH_DATE,
            Field.BIRTH_PLACE_DATE, Field.SEX, Field.OCCUPATION, Field.KELURAHAN);

    private static final Map<String, Field> FIELD_BY_KEY = buildIndex();

    private HeaderMatcher() {
    }

    private static Map<String, Field> buildIndex() {
        Map<String, Field> index = new HashMap<>();
        for (Field field : Field.values()) {
            for (String alias : field.aliases()) {
                Field previous = index.put(HeaderText.key(alias), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException("Alias " + alias + " names both " + previous + " and " + field);
                }
            }
        }
        return Map.copyOf(index);
    }

    /** The field a single header names, if any. */
    public static Optional<Field> fieldFor(String header) {
        Field field = FIELD_BY_KEY.get(HeaderText.key(header));
        if (field == null) {
            field = FIELD_BY_KEY.get(HeaderText.key(HeaderText.withoutBracketedHints(header)));
        }
        return Optional.ofNullable(field);
    }

    static boolean isRowNumber(String header) {
        String trimmed = HeaderText.clean(header);
        return trimmed.equals("#") || ROW_NUMBER_KEYS.contains(HeaderText.key(trimmed));
    }

    public static HeaderMapping map(List<String> headerCells, int headerRowNumber, ReadOptions options) {
        int width = headerCells.size();
        while (width > 0 && HeaderText.clean(headerCells.get(width - 1)).isEmpty()) {
            width--;
        }
        List<HeaderMapping.Column> columns = new ArrayList<>(width);
        List<HeaderMapping.Column> conflicts = new ArrayList<>();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        Set<String> usedKeys = new HashSet<>();
        for (int i = 0; i < width; i++) {
            String header = HeaderText.clean(headerCells.get(i));
            Optional<Field> field = header.isEmpty() ? Optional.empty() : fieldFor(header);
            HeaderMapping.Column column;
            if (field.isPresent() && seen.add(field.get())) {
                column = new HeaderMapping.Column(i, header, HeaderMapping.Role.FIELD, field.get(), null);
            } else if (field.isPresent() && IDENTITY_FIELDS.contains(field.get())) {
                column = new HeaderMapping.Column(i, header, HeaderMapping.Role.UNKNOWN, null,
                        uniqueKey(header, usedKeys));
                conflicts.add(new HeaderMapping.Column(i, header, HeaderMapping.Role.FIELD, field.get(), null));
            } else if (field.isEmpty() && !header.isEmpty() && isRowNumber(header)) {
                column = new HeaderMapping.Column(i, header, HeaderMapping.Role.ROW_NUMBER, null, null);
            } else {
                String name = header.isEmpty() ? "Kolom " + HeaderText.columnLetters(i) : header;
                column = new HeaderMapping.Column(i, header, HeaderMapping.Role.UNKNOWN, null,
                        uniqueKey(name, usedKeys));
            }
            columns.add(column);
        }
        return new HeaderMapping(headerRowNumber, columns, missing(seen, options), conflicts);
    }

    private static List<Field> missing(Set<Field> present, ReadOptions options) {
        List<Field> missing = new ArrayList<>();
        for (Field field : Field.values()) {
            if (field.alwaysRequired() && !present.contains(field)) {
                if (field == Field.KELURAHAN && options.kelurahanFromObjectKey()) {
                    continue;
                }
                missing.add(field);
            }
        }
        if (!present.contains(Field.BIRTH_DATE) && !present.contains(Field.BIRTH_PLACE_DATE)) {
            missing.add(Field.BIRTH_DATE);
        }
        missing.sort(null);
        return missing;
    }

    private static String uniqueKey(String name, Set<String> used) {
        String key = name;
        for (int n = 2; !used.add(key); n++) {
            key = name + " (" + n + ")";
        }
        return key;
    }
}
