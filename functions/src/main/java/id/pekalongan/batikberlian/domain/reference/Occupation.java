package id.pekalongan.batikberlian.domain.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An occupation the programme covers, effective-dated because each Perwal or decree adds to the list.
 *
 * @param code      stable identifier, e.g. "BECAK"
 * @param name      the name as the regulation writes it
 * @param aliases   other names clerks use ("pengayuh becak")
 * @param validFrom first day it may be enrolled
 * @param validTo   last day it may be enrolled (inclusive), or null while in force
 * @param basis     the regulation that added it, e.g. "Perwal 19/2023"
 */
public record Occupation(String code, String name, List<String> aliases, LocalDate validFrom, LocalDate validTo,
                         String basis) {

    public Occupation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        basis = basis == null ? "" : basis;
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("occupation " + code + " ends before it starts");
        }
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
