package id.pekalongan.batikberlian.domain.benefit;

/**
 * School levels in the order a child passes through them. The per-year amount and the number of years of each level
 * are in the {@link BenefitTable}, because regulation changes them; the order is what does not change.
 * TK_SD counts the two kindergarten years as grades 1–2 and primary grades 1–6 as grades 3–8.
 */
public enum SchoolLevel {
    TK_SD,
    SMP,
    SMA,
    PT;

    static SchoolLevel parse(String value) {
        for (SchoolLevel l : values()) {
            if (l.name().equals(value)) {
                return l;
            }
        }
        return null;
    }
}
