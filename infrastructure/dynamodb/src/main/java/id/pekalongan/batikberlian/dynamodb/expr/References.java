package id.pekalongan.batikberlian.dynamodb.expr;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The top-level attributes a parsed condition reads, for the engine's checks that need them (a Query's
 * FilterExpression may not name a key attribute).
 */
final class References {

    private References() {
    }

    static Set<String> of(Cond condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names);
        return names;
    }

    private static void collect(Cond c, Set<String> names) {
        if (c instanceof Cond.And and) {
            collect(and.left(), names);
            collect(and.right(), names);
        } else if (c instanceof Cond.Or or) {
            collect(or.left(), names);
            collect(or.right(), names);
        } else if (c instanceof Cond.Not not) {
            collect(not.inner(), names);
        } else if (c instanceof Cond.Compare compare) {
            collect(compare.left(), names);
            collect(compare.right(), names);
        } else if (c instanceof Cond.Between between) {
            collect(between.value(), names);
            collect(between.lower(), names);
            collect(between.upper(), names);
        } else if (c instanceof Cond.In in) {
            collect(in.value(), names);
            in.options().forEach(o -> collect(o, names));
        } else if (c instanceof Cond.Exists exists) {
            names.add(exists.path().first());
        } else if (c instanceof Cond.AttributeType type) {
            collect(type.value(), names);
        } else if (c instanceof Cond.BeginsWith beginsWith) {
            collect(beginsWith.value(), names);
            collect(beginsWith.prefix(), names);
        } else if (c instanceof Cond.Contains contains) {
            collect(contains.value(), names);
            collect(contains.element(), names);
        }
    }

    private static void collect(Operand operand, Set<String> names) {
        if (operand instanceof Operand.PathRef ref) {
            names.add(ref.path().first());
        } else if (operand instanceof Operand.Call call) {
            call.args().forEach(a -> collect(a, names));
        } else if (operand instanceof Operand.Arithmetic arithmetic) {
            collect(arithmetic.left(), names);
            collect(arithmetic.right(), names);
        }
    }
}
