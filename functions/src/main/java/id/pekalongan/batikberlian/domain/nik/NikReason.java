package id.pekalongan.batikberlian.domain.nik;

/** Why a NIK cell was rejected; the names are the stable reason codes written to reports. */
public enum NikReason {
    NIK_REQUIRED,
    /** A spreadsheet turned the NIK into a number (scientific notation, a decimal tail, thousands separators). */
    NIK_DAMAGED,
    NIK_NOT_DIGITS,
    NIK_LENGTH,
    NIK_PROVINCE,
    NIK_BIRTH_DATE,
    NIK_SERIAL;

    public String code() {
        return name();
    }
}
