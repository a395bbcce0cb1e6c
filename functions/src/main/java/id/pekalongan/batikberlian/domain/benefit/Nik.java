package id.pekalongan.batikberlian.domain.benefit;

/** Masking only; NIK validation belongs to eligibility. */
final class Nik {

    private Nik() {
    }

    /** {@code 3375********0001}: first and last four digits kept, the rest hidden. */
    static String mask(String nik) {
        if (nik == null) {
            return null;
        }
        if (nik.length() <= 8) {
            return "*".repeat(nik.length());
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}
