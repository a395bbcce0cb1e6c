package id.pekalongan.batikberlian.domain.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kelurahan and kecamatan of Kota Pekalongan, and the names that are known to lie outside it, matched against
 * what kelurahan clerks type.
 *
 * <p>Matching forgives case, spacing, hyphens and punctuation, knows the spelling variants recorded in the
 * reference data, reads codes with or without dots, and ignores a leading "Kel."/"Kelurahan" (or "Kec."/"Kecamatan").
 * It never guesses between near misses: a name it does not know is {@code Unknown}. A name of the city always wins
 * over a name of Kabupaten Pekalongan ("Tirto" is both a kelurahan of the city and a kecamatan of the kabupaten).
 */
public final class KelurahanDirectory {

    public static final String KABUPATEN_PEKALONGAN = "Kabupaten Pekalongan";

    private static final String KELURAHAN_RESOURCE = "/reference/kelurahan.csv";
    private static final String KABUPATEN_RESOURCE = "/reference/kabupaten-pekalongan-kecamatan.csv";

    private static final Set<String> KELURAHAN_PREFIXES = Set.of("kel", "kelurahan");
    private static final Set<String> KECAMATAN_PREFIXES = Set.of("kec", "kecamatan");
    /** Ways the city's name is abbreviated in front of a kecamatan ("Pek. Barat", "Pkl Utara"). */
    private static final Set<String> CITY_NAME_FORMS = Set.of("pekalongan", "pek", "pkl", "pekl", "pklg");
    private static final Set<String> KABUPATEN_WORDS = Set.of("kab", "kabupaten");
    /** Distinct spellings remembered per directory: far more than the city's 27 kelurahan in all their variants. */
    static final int MEMO_CAPACITY = 2048;

    private final List<Kelurahan> kelurahan;
    private final List<Kecamatan> kecamatan;
    private final Map<String, Kelurahan> kelurahanByKey = new HashMap<>();
    private final Map<String, Kelurahan> kelurahanByCode = new HashMap<>();
    private final Map<String, Kecamatan> kecamatanByKey = new HashMap<>();
    private final Map<String, Kecamatan> kecamatanByCode = new HashMap<>();
    private final Map<String, String> kabupatenKecamatanByKey = new HashMap<>();
    private final Memo<KelurahanMatch> kelurahanMatches = new Memo<>(MEMO_CAPACITY, this::matchKelurahanText);
    private final Memo<KecamatanMatch> kecamatanMatches = new Memo<>(MEMO_CAPACITY,
            this::matchKecamatanText);

    /**
     * @param kelurahan           the city's kelurahan
     * @param aliasesByCode       spelling variants per kelurahan code (may be empty)
     * @param kabupatenKecamatan  kecamatan names of Kabupaten Pekalongan
     * @throws IllegalArgumentException when two places would answer to the same spelling
     */
    public KelurahanDirectory(Collection<Kelurahan> kelurahan, Map<String, ? extends Collection<String>> aliasesByCode,
                              Collection<String> kabupatenKecamatan) {
        this.kelurahan = List.copyOf(kelurahan);
        Map<String, Kecamatan> kecamatanInOrder = new LinkedHashMap<>();
        for (Kelurahan k : this.kelurahan) {
            register(kelurahanByCode, MatchKey.codeDigits(k.code()), k);
            register(kelurahanByKey, MatchKey.of(k.name()), k);
            Collection<String> aliases = aliasesByCode.get(k.code());
            for (String alias : aliases == null ? List.<String>of() : aliases) {
                register(kelurahanByKey, MatchKey.of(alias), k);
            }
            Kecamatan previous = kecamatanInOrder.putIfAbsent(k.kecamatanCode(), k.kecamatan());
            if (previous != null && !previous.equals(k.kecamatan())) {
                throw new IllegalArgumentException("kecamatan " + k.kecamatanCode() + " has two names");
            }
        }
        this.kecamatan = List.copyOf(kecamatanInOrder.values());
        for (Kecamatan k : this.kecamatan) {
            register(kecamatanByCode, MatchKey.codeDigits(k.code()), k);
            List<String> words = MatchKey.words(k.name());
            register(kecamatanByKey, MatchKey.compact(words), k);
            if (words.size() > 1 && CITY_NAME_FORMS.contains(words.get(0))) {
                register(kecamatanByKey, MatchKey.compact(words.subList(1, words.size())), k);
            }
        }
        for (String name : kabupatenKecamatan) {
            kabupatenKecamatanByKey.put(MatchKey.of(name), name.strip());
        }
    }

    /** The reference data shipped with the application. */
    public static KelurahanDirectory loadDefault() {
        return Shipped.DIRECTORY;
    }

    /** Read once: the directory is immutable. */
    private static final class Shipped {
        static final KelurahanDirectory DIRECTORY = fromRows(ReferenceCsv.resource(KelurahanDirectory.class, KELURAHAN_RESOURCE, ReferenceCsv::records),
                ReferenceCsv.resource(KelurahanDirectory.class, KABUPATEN_RESOURCE, ReferenceCsv::records));
    }

    /**
     * Reads the two reference files: {@code kecamatan_code,kecamatan,kelurahan_code,kelurahan,aliases} (aliases
     * separated by "|") and a one-column list {@code kecamatan} of Kabupaten Pekalongan.
     */
    public static KelurahanDirectory fromCsv(Reader kelurahanCsv, Reader kabupatenKecamatanCsv) {
        return fromRows(ReferenceCsv.records(kelurahanCsv), ReferenceCsv.records(kabupatenKecamatanCsv));
    }

    private static KelurahanDirectory fromRows(List<Map<String, String>> kelurahanRows,
                                               List<Map<String, String>> kabupatenRows) {
        List<Kelurahan> kelurahan = new ArrayList<>();
        Map<String, List<String>> aliases = new HashMap<>();
        for (Map<String, String> row : kelurahanRows) {
            Kelurahan k = new Kelurahan(required(row, "kelurahan_code"), required(row, "kelurahan"),
                    required(row, "kecamatan_code"), required(row, "kecamatan"));
            kelurahan.add(k);
            aliases.put(k.code(), splitAliases(row.getOrDefault("aliases", "")));
        }
        List<String> kabupaten = kabupatenRows.stream().map(row -> required(row, "kecamatan")).toList();
        return new KelurahanDirectory(kelurahan, aliases, kabupaten);
    }

    public List<Kelurahan> kelurahan() {
        return kelurahan;
    }

    public List<Kecamatan> kecamatan() {
        return kecamatan;
    }

    /** By code, dotted ("33.75.01.1004") or not ("3375011004"). */
    public Optional<Kelurahan> kelurahanByCode(String code) {
        String digits = MatchKey.codeDigits(code);
        return digits == null ? Optional.empty() : Optional.ofNullable(kelurahanByCode.get(digits));
    }

    public KelurahanMatch matchKelurahan(String text) {
        return kelurahanMatches.get(text);
    }

    /** How many kelurahan spellings are remembered (bounded by {@link #MEMO_CAPACITY}). */
    int rememberedSpellings() {
        return kelurahanMatches.size();
    }

    private KelurahanMatch matchKelurahanText(String text) {
        String digits = MatchKey.codeDigits(text);
        if (digits != null) {
            Kelurahan byCode = kelurahanByCode.get(digits);
            return byCode != null ? new KelurahanMatch.InCity(byCode) : new KelurahanMatch.Unknown(safe(text));
        }
        List<String> words = withoutCitySuffix(withoutPrefix(MatchKey.words(text), KELURAHAN_PREFIXES));
        int kabupaten = indexOfKabupaten(words);
        if (kabupaten >= 0) {
            return new KelurahanMatch.OutsideCity(placeBefore(text, words, kabupaten), KABUPATEN_PEKALONGAN);
        }
        String key = MatchKey.compact(words);
        Kelurahan inCity = kelurahanByKey.get(key);
        if (inCity != null) {
            return new KelurahanMatch.InCity(inCity);
        }
        String outside = kabupatenKecamatanByKey.get(key);
        if (outside != null) {
            return new KelurahanMatch.OutsideCity(outside, KABUPATEN_PEKALONGAN);
        }
        return new KelurahanMatch.Unknown(safe(text));
    }

    public KecamatanMatch matchKecamatan(String text) {
        return kecamatanMatches.get(text);
    }

    private KecamatanMatch matchKecamatanText(String text) {
        String digits = MatchKey.codeDigits(text);
        if (digits != null) {
            Kecamatan byCode = kecamatanByCode.get(digits);
            return byCode != null ? new KecamatanMatch.InCity(byCode) : new KecamatanMatch.Unknown(safe(text));
        }
        List<String> words = withoutPrefix(MatchKey.words(text), KECAMATAN_PREFIXES);
        int kabupaten = indexOfKabupaten(words);
        if (kabupaten >= 0) {
            return new KecamatanMatch.OutsideCity(placeBefore(text, words, kabupaten), KABUPATEN_PEKALONGAN);
        }
        if (words.size() > 1 && words.get(0).equals("kota")) {
            words = words.subList(1, words.size());
        }
        Kecamatan inCity = kecamatanByKey.get(MatchKey.compact(words));
        if (inCity == null && words.size() > 1 && CITY_NAME_FORMS.contains(words.get(0))) {
            inCity = kecamatanByKey.get(MatchKey.compact(words.subList(1, words.size())));
        }
        if (inCity != null) {
            return new KecamatanMatch.InCity(inCity);
        }
        String outside = kabupatenKecamatanByKey.get(MatchKey.compact(words));
        if (outside != null) {
            return new KecamatanMatch.OutsideCity(outside, KABUPATEN_PEKALONGAN);
        }
        return new KecamatanMatch.Unknown(safe(text));
    }

    private static List<String> withoutPrefix(List<String> words, Set<String> prefixes) {
        return words.size() > 1 && prefixes.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    }

    /** "Medono, Kota Pekalongan" names the kelurahan and then the city. */
    private static List<String> withoutCitySuffix(List<String> words) {
        int n = words.size();
        if (n > 2 && words.get(n - 2).equals("kota") && words.get(n - 1).equals("pekalongan")) {
            return words.subList(0, n - 2);
        }
        return words;
    }

    /** Position of "Kab."/"Kabupaten" followed by "Pekalongan", or -1. */
    private static int indexOfKabupaten(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (KABUPATEN_WORDS.contains(words.get(i)) && words.get(i + 1).equals("pekalongan")) {
                return i;
            }
        }
        return -1;
    }

    private static String placeBefore(String text, List<String> words, int kabupaten) {
        return kabupaten == 0 ? safe(text) : String.join(" ", words.subList(0, kabupaten));
    }

    private static String safe(String text) {
        return text == null ? "" : text.strip();
    }

    private static <T> void register(Map<String, T> index, String key, T value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("empty name or code for " + value);
        }
        T previous = index.putIfAbsent(key, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalArgumentException("'" + key + "' would match both " + previous + " and " + value);
        }
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("reference row without " + column + ": " + row);
        }
        return value;
    }

    static List<String> splitAliases(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
