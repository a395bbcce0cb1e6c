package id.pekalongan.batikberlian.dynamodb.differential;

import static id.pekalongan.batikberlian.dynamodb.differential.Workload.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The random parts of a workload: keys, items and values of the attributes it uses, and the condition, filter, update
 * and projection expressions over them, with their placeholders. It draws from the workload's own random source, so a
 * seed gives the same sequence of operations whatever calls it.
 */
final class Generator {

    private final Random r;

    Generator(Random r) {
        this.r = r;
    }

    Map<String, AttributeValue> key(boolean ranged) {
        Map<String, AttributeValue> k = new LinkedHashMap<>();
        if (ranged) {
            k.put("pk", s(pick(R_KEYS)));
            k.put("sk", s(pick(SORT_KEYS)));
        } else {
            k.put("pk", s(pick(H_KEYS)));
        }
        return k;
    }

    static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, boolean ranged) {
        Map<String, AttributeValue> k = new LinkedHashMap<>();
        k.put("pk", item.get("pk"));
        if (ranged) {
            k.put("sk", item.get("sk"));
        }
        return k;
    }

    Map<String, AttributeValue> item(boolean ranged) {
        Map<String, AttributeValue> item = key(ranged);
        for (String a : ATTRS) {
            if (r.nextInt(10) < (a.equals("gk") ? 6 : 5)) {
                item.put(a, valueFor(a));
            }
        }
        return item;
    }

    AttributeValue valueFor(String attr) {
        return switch (attr) {
            case "n" -> n(number());
            case "s" -> s(string());
            case "ss" -> AttributeValue.fromSs(subset(SET_STRINGS));
            case "ns" -> AttributeValue.fromNs(subset(SET_NUMBERS));
            case "l" -> list();
            case "m" -> map();
            case "flag" -> AttributeValue.fromBool(r.nextBoolean());
            case "gk" -> s(pick(List.of("g0", "g1", "g2")));
            default -> throw new IllegalArgumentException(attr);
        };
    }

    String number() {
        return r.nextInt(10) < 8 ? Integer.toString(r.nextInt(16) - 3) : pick(NUMBERS);
    }

    String string() {
        return r.nextInt(20) == 0 ? "" : pick(STRINGS.subList(0, STRINGS.size() - 1));
    }

    AttributeValue list() {
        List<AttributeValue> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            l.add(r.nextBoolean() ? n(number()) : s(string()));
        }
        return AttributeValue.fromL(l);
    }

    AttributeValue map() {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        if (r.nextInt(10) < 7) {
            m.put("a", n(number()));
        }
        if (r.nextInt(10) < 7) {
            m.put("b", s(string()));
        }
        return AttributeValue.fromM(m);
    }

    List<String> subset(List<String> from) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return new ArrayList<>(copy.subList(0, 1 + r.nextInt(copy.size())));
    }

    // ---------------------------------------------------------------- expressions

    /**
     * A condition of up to two levels of AND / OR / NOT over the functions and comparators DynamoDB documents.
     * In a query's filter the key attributes may not appear (DynamoDB refuses them), so {@code filter} leaves them out.
     */
    String condition(Ex e, int depth, boolean filter, Set<String> tags) {
        if (depth < 2 && r.nextInt(10) < 3) {
            return switch (r.nextInt(3)) {
                case 0 -> "(" + condition(e, depth + 1, filter, tags) + ") AND ("
                        + condition(e, depth + 1, filter, tags) + ")";
                case 1 -> "(" + condition(e, depth + 1, filter, tags) + ") OR ("
                        + condition(e, depth + 1, filter, tags) + ")";
                default -> "NOT (" + condition(e, depth + 1, filter, tags) + ")";
            };
        }
        List<String> any = new ArrayList<>(ATTRS);
        if (!filter) {
            any.add("pk");
            any.add("sk");
        }
        int kind = r.nextInt(15);
        tags.add("cond:" + kind);
        return switch (kind) {
            case 0 -> "attribute_exists(" + e.name(pick(any)) + ")";
            case 1 -> "attribute_not_exists(" + e.name(pick(any)) + ")";
            case 2 -> e.name("n") + " " + pick(COMPARATORS) + " " + e.value(n(number()));
            case 3 -> e.name("s") + " " + pick(COMPARATORS) + " " + e.value(s(string()));
            case 4 -> {
                int lo = r.nextInt(10) - 3;
                yield e.name("n") + " BETWEEN " + e.value(n(Integer.toString(lo))) + " AND "
                        + e.value(n(Integer.toString(lo + r.nextInt(8))));
            }
            case 5 -> "begins_with(" + e.name("s") + ", " + e.value(s(pick(List.of("a", "al", "b", "g", "alpha"))))
                    + ")";
            case 6 -> "size(" + e.name(pick(List.of("s", "ss", "ns", "l", "m"))) + ") " + pick(COMPARATORS) + " "
                    + e.value(n(Integer.toString(r.nextInt(5))));
            case 7 -> e.name("n") + " IN (" + e.value(n(number())) + ", " + e.value(n(number())) + ", "
                    + e.value(n(number())) + ")";
            case 8 -> switch (r.nextInt(3)) {
                case 0 -> "contains(" + e.name("ss") + ", " + e.value(s(pick(SET_STRINGS))) + ")";
                case 1 -> "contains(" + e.name("s") + ", " + e.value(s(pick(List.of("l", "ph", "a", "zz")))) + ")";
                default -> "contains(" + e.name("ns") + ", " + e.value(n(pick(SET_NUMBERS))) + ")";
            };
            case 9 -> "attribute_type(" + e.name(pick(ATTRS)) + ", " + e.value(s(pick(TYPES))) + ")";
            case 10 -> e.name("m") + "." + e.name("a") + " " + pick(COMPARATORS) + " " + e.value(n(number()));
            case 11 -> e.name("l") + "[" + r.nextInt(2) + "] = " + e.value(r.nextBoolean() ? n(number())
                    : s(string()));
            case 12 -> e.name("flag") + " = " + e.value(AttributeValue.fromBool(r.nextBoolean()));
            // Two attributes compared: both made to exist first, since what a comparison with a missing operand
            // gives is what the attribute_exists atoms already cover. No parentheses of its own: the AND / OR /
            // NOT above add them, and moto refuses a doubled pair, ((a)), which DynamoDB takes.
            case 13 -> {
                String s = e.name("s");
                String g = e.name("gk");
                yield "attribute_exists(" + s + ") AND attribute_exists(" + g + ") AND " + s + " "
                        + pick(COMPARATORS) + " " + g;
            }
            default -> filter ? "attribute_exists(" + e.name("m") + "." + e.name("b") + ")"
                    : e.name("pk") + " = " + e.value(s(pick(r.nextBoolean() ? H_KEYS : R_KEYS)));
        };
    }

    /** A filter on the index: neither the table's keys nor the index's. */
    String indexFilter(Ex e, Set<String> tags) {
        return switch (r.nextInt(4)) {
            case 0 -> "attribute_exists(" + e.name(pick(List.of("s", "ss", "l", "m", "flag"))) + ")";
            case 1 -> "begins_with(" + e.name("s") + ", " + e.value(s(pick(List.of("a", "b", "g")))) + ")";
            case 2 -> "size(" + e.name(pick(List.of("ss", "l"))) + ") >= " + e.value(n(Integer.toString(r.nextInt(3))))
                    + tag(tags, "cond:6");
            default -> "NOT (" + e.name("flag") + " = " + e.value(AttributeValue.fromBool(true)) + ")";
        };
    }

    /** One to three actions, each on its own attribute, in SET / REMOVE / ADD / DELETE clauses of random order. */
    String update(Ex e, Set<String> tags) {
        List<String> attrs = new ArrayList<>(ATTRS);
        Collections.shuffle(attrs, r);
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        for (String c : List.of("SET", "REMOVE", "ADD", "DELETE")) {
            clauses.put(c, new ArrayList<>());
        }
        int n = 1 + r.nextInt(3);
        for (String a : attrs.subList(0, n)) {
            String p = e.name(a);
            int kind;
            switch (a) {
                case "n" -> {
                    kind = r.nextInt(7);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = " + e.value(n(number())));
                        case 1 -> clauses.get("SET").add(p + " = " + p + " + " + e.value(n(number())));
                        case 2 -> clauses.get("SET").add(p + " = " + p + " - " + e.value(n(number())));
                        case 3 -> clauses.get("SET").add(p + " = if_not_exists(" + p + ", " + e.value(n("0"))
                                + ") + " + e.value(n(number())));
                        case 4 -> clauses.get("ADD").add(p + " " + e.value(n(number())));
                        case 5 -> clauses.get("REMOVE").add(p);
                        default -> clauses.get("SET").add(p + " = " + e.value(n(number())) + " - if_not_exists("
                                + p + ", " + e.value(n("1")) + ")");
                    }
                }
                case "s" -> {
                    kind = r.nextInt(3);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = " + e.value(s(string())));
                        case 1 -> clauses.get("SET").add(p + " = if_not_exists(" + p + ", " + e.value(s(string()))
                                + ")");
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "ss", "ns" -> {
                    kind = r.nextInt(4);
                    AttributeValue set = a.equals("ss") ? AttributeValue.fromSs(subset(SET_STRINGS))
                            : AttributeValue.fromNs(subset(SET_NUMBERS));
                    switch (kind) {
                        case 0 -> clauses.get("ADD").add(p + " " + e.value(set));
                        case 1 -> clauses.get("DELETE").add(p + " " + e.value(set));
                        case 2 -> clauses.get("SET").add(p + " = " + e.value(set));
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "l" -> {
                    kind = r.nextInt(5);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = list_append(if_not_exists(" + p + ", "
                                + e.value(AttributeValue.fromL(List.of())) + "), " + e.value(list()) + ")");
                        case 1 -> clauses.get("SET").add(p + " = list_append(" + e.value(list()) + ", " + p + ")");
                        case 2 -> clauses.get("SET").add(p + "[" + r.nextInt(4) + "] = " + e.value(n(number())));
                        case 3 -> clauses.get("REMOVE").add(p + "[" + r.nextInt(3) + "]");
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "m" -> {
                    kind = r.nextInt(5);
                    switch (kind) {
                        case 0 -> clauses.get("SET").add(p + " = " + e.value(map()));
                        case 1 -> clauses.get("SET").add(p + "." + e.name("a") + " = " + e.value(n(number())));
                        case 2 -> clauses.get("SET").add(p + "." + e.name("b") + " = " + e.value(s(string())));
                        case 3 -> clauses.get("REMOVE").add(p + "." + e.name("b"));
                        default -> clauses.get("REMOVE").add(p);
                    }
                }
                case "flag" -> {
                    kind = r.nextInt(2);
                    if (kind == 0) {
                        clauses.get("SET").add(p + " = " + e.value(AttributeValue.fromBool(r.nextBoolean())));
                    } else {
                        clauses.get("REMOVE").add(p);
                    }
                }
                default -> {
                    kind = r.nextInt(2);
                    if (kind == 0) {
                        clauses.get("SET").add(p + " = " + e.value(s(pick(List.of("g0", "g1", "g2")))));
                    } else {
                        clauses.get("REMOVE").add(p);
                    }
                }
            }
            tags.add("update:" + a + ":" + kind);
        }
        List<String> parts = new ArrayList<>();
        clauses.forEach((c, actions) -> {
            if (!actions.isEmpty()) {
                parts.add(c + " " + String.join(", ", actions));
            }
        });
        Collections.shuffle(parts, r);
        return String.join(" ", parts);
    }

    String projection(Ex e) {
        List<String> paths = new ArrayList<>(List.of("pk", "n", "s", "ss", "l", "m", "flag", "gk", "m.a", "l[0]",
                "l[1]", "m.b"));
        Collections.shuffle(paths, r);
        List<String> chosen = new ArrayList<>();
        for (String p : paths.subList(0, 1 + r.nextInt(3))) {
            if (p.startsWith("m.")) {
                chosen.add(e.name("m") + "." + e.name(p.substring(2)));
            } else if (p.startsWith("l[")) {
                chosen.add(e.name("l") + p.substring(1));
            } else {
                chosen.add(e.name(p));
            }
        }
        // Overlapping paths (m and m.a) are refused by DynamoDB: keep the first of each top-level attribute.
        List<String> kept = new ArrayList<>();
        Set<String> tops = new LinkedHashSet<>();
        for (String c : chosen) {
            String top = c.split("[.\\[]")[0];
            if (tops.add(top)) {
                kept.add(c);
            }
        }
        return String.join(", ", kept);
    }

    static String tag(Set<String> tags, String tag) {
        tags.add(tag);
        return "";
    }

    <T> T pick(List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(String v) {
        return AttributeValue.fromN(v);
    }

    /**
     * The placeholders of one request. A name is written bare a third of the time (none of these names is a
     * reserved word), so that both forms are exercised; every placeholder made is used.
     */
    final class Ex {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, AttributeValue> values = new LinkedHashMap<>();

        String name(String attr) {
            if (r.nextInt(3) == 0) {
                return attr;
            }
            String p = "#" + attr;
            names.put(p, attr);
            return p;
        }

        String value(AttributeValue v) {
            String p = ":v" + values.size();
            values.put(p, v);
            return p;
        }

        void applyTo(java.util.function.Consumer<Map<String, String>> n,
                     java.util.function.Consumer<Map<String, AttributeValue>> v) {
            if (!names.isEmpty()) {
                n.accept(names);
            }
            if (!values.isEmpty()) {
                v.accept(values);
            }
        }
    }
}
