package id.pekalongan.batikberlian.functions.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, from the JWT claims API Gateway passed on. Cognito groups arrive flattened as {@code "[staff
 * finance]"}; a {@code kelurahan} clerk carries their kelurahan code in {@code custom:kelurahan}.
 */
public record Caller(String username, Set<String> groups, String kelurahanCode) {

    public static final String STAFF = "staff";
    public static final String KELURAHAN = "kelurahan";
    public static final String FINANCE = "finance";

    public static Caller of(ApiRequest request) {
        var claims = request.claims();
        String raw = claims.getOrDefault("cognito:groups", "");
        String trimmed = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        Set<String> groups = Arrays.stream(trimmed.split("[\\s,]+")).filter(s -> !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        String user = claims.getOrDefault("cognito:username", claims.getOrDefault("sub", "anonim"));
        String kelurahan = claims.get("custom:kelurahan");
        return new Caller(user, groups, kelurahan == null || kelurahan.isBlank() ? null : kelurahan);
    }

    public boolean isAuthenticated() {
        return !groups.isEmpty();
    }

    public boolean isStaff() {
        return groups.contains(STAFF);
    }

    public boolean isFinance() {
        return groups.contains(FINANCE);
    }

    /** A clerk bound to one kelurahan (and not also city staff, who see every kelurahan). */
    public boolean isKelurahanClerk() {
        return groups.contains(KELURAHAN) && !isStaff();
    }

    /** Refuses with 401 when no token was given and 403 when none of the groups may use the route. */
    public Caller require(String... anyOf) {
        if (!isAuthenticated()) {
            throw new ApiError(401, "UNAUTHENTICATED", null, "masuk terlebih dahulu");
        }
        for (String g : anyOf) {
            if (groups.contains(g)) {
                return this;
            }
        }
        throw new ApiError(403, "FORBIDDEN_ROLE", null,
                "peran Anda tidak berhak memakai layanan ini (perlu: " + String.join(" atau ", anyOf) + ")");
    }

    /** A kelurahan clerk may only see and change their own kelurahan; staff see all. */
    /** Whether this caller may see a record of that kelurahan: staff see all, a clerk their own. */
    public boolean maySee(String kelurahanCode) {
        return !isKelurahanClerk() || (this.kelurahanCode != null && this.kelurahanCode.equals(kelurahanCode));
    }

    public void requireKelurahan(String kelurahanCode) {
        if (isKelurahanClerk() && (this.kelurahanCode == null || !this.kelurahanCode.equals(kelurahanCode))) {
            throw new ApiError(403, "FORBIDDEN_KELURAHAN", "kelurahan",
                    "Anda hanya dapat melihat data kelurahan Anda sendiri");
        }
    }
}
