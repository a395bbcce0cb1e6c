package id.pekalongan.batikberlian.domain.upload;

import java.util.List;

/**
 * The columns the programme understands in a kelurahan upload. Aliases are compared after {@link HeaderText#key}
 * folding, so case, spacing and punctuation variants need not be listed.
 */
public enum Field {
    NIK("NIK", true, "NIK", "No NIK", "Nomor NIK", "Nomor Induk Kependudukan", "NIK KTP", "No KTP", "Nomor KTP"),
    NAME("Nama", true, "Nama", "Nama Lengkap", "Name", "Full Name", "Nama Pekerja", "Nama Peserta", "Nama Sesuai KTP"),
    BIRTH_DATE("Tanggal Lahir", false, "Tgl Lahir", "Tanggal Lahir", "Tgl Lhr", "Tanggal Lhr", "Date of Birth",
            "Birth Date", "Birthdate", "DOB"),
    BIRTH_PLACE("Tempat Lahir", false, "Tempat Lahir", "Tmp Lahir", "Tmpt Lahir", "Place of Birth", "Birth Place"),
    BIRTH_PLACE_DATE("Tempat/Tgl Lahir", false, "Tempat Tgl Lahir", "Tempat Tanggal Lahir", "Tempat dan Tanggal Lahir",
            "Tmp Tgl Lahir", "Tmpt Tgl Lahir", "TTL", "Place and Date of Birth"),
    SEX("Jenis Kelamin", false, "L/P", "JK", "Jenis Kelamin", "Kelamin", "Sex", "Gender"),
    OCCUPATION("Pekerjaan", true, "Pekerjaan", "Jenis Pekerjaan", "Occupation", "Profesi", "Mata Pencaharian"),
    KELURAHAN("Kelurahan", true, "Kelurahan", "Kel", "Desa", "Kel/Desa", "Desa/Kelurahan", "Kelurahan/Desa",
            "Desa/Kel"),
    KECAMATAN("Kecamatan", false, "Kecamatan", "Kec"),
    RT("RT", false, "RT", "No RT"),
    RW("RW", false, "RW", "No RW"),
    ADDRESS("Alamat", false, "Alamat", "Alamat Lengkap", "Alamat Domisili", "Alamat Rumah", "Address"),
    PHONE("No HP", false, "No HP", "Nomor HP", "HP", "Telepon", "Telp", "No Telp", "No Telepon", "Nomor Telepon",
            "No HP/WA", "No WA", "Phone", "Phone Number"),
    DESIL("Desil", false, "Desil"),
    DTKS("DTKS", false, "DTKS", "Terdaftar DTKS", "Status DTKS"),
    P3KE("P3KE", false, "P3KE", "Terdaftar P3KE", "Status P3KE"),
    DISABILITY("Disabilitas", false, "Disabilitas", "Penyandang Disabilitas", "Difabel", "Disability"),
    BREADWINNER("Tulang Punggung", false, "Tulang Punggung", "Tulang Punggung Keluarga", "Kepala Keluarga",
            "Breadwinner");

    private final String label;
    private final boolean alwaysRequired;
    private final List<String> aliases;

    Field(String label, boolean alwaysRequired, String... aliases) {
        this.label = label;
        this.alwaysRequired = alwaysRequired;
        this.aliases = List.of(aliases);
    }

    /** The column name shown to clerks in messages. */
    public String label() {
        return label;
    }

    /**
     * Required on its own. The birth date is required too, but either of two columns satisfies it, and KELURAHAN can
     * be waived by {@link ReadOptions}; {@link HeaderMatcher} applies those two rules. A sex column may be left out
     * because the NIK states the sex; a sex cell in a file that has the column is still required.
     */
    public boolean alwaysRequired() {
        return alwaysRequired;
    }

    public List<String> aliases() {
        return aliases;
    }
}
