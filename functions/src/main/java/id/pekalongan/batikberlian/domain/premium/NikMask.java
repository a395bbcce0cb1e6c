package id.pekalongan.batikberlian.domain.premium;

/** The only form in which this package lets a NIK reach a string: first 4 and last 4 digits kept. */
final class NikMask {

    private NikMask() {
    }

    static String mask(String nik) {
        if (nik == null) {
            return "null";
        }
        if (nik.length() <= 8) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}
