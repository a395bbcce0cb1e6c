package id.pekalongan.batikberlian.local.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name N} options and {@code --flag} switches after the benchmark's name. */
public final class BenchArgs {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    public BenchArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(name, args.get(++i));
            } else {
                flags.add(name);
            }
        }
    }

    public int intValue(String name, int defaultValue) {
        return whole(name, defaultValue, 1, "a positive whole number");
    }

    /** As {@link #intValue}, where 0 is meaningful too (as in {@code --rate 0}: skip that load). */
    public int countValue(String name, int defaultValue) {
        return whole(name, defaultValue, 0, "a whole number, 0 or more");
    }

    private int whole(String name, int defaultValue, int least, String what) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.replace("_", ""));
            if (n < least) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " takes " + what + ", not '" + v + "'");
        }
    }

    public String text(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
