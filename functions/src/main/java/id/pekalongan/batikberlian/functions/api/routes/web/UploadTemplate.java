package id.pekalongan.batikberlian.functions.api.routes.web;

import id.pekalongan.batikberlian.domain.upload.Field;
import id.pekalongan.batikberlian.files.SpreadsheetCsv;
import id.pekalongan.batikberlian.files.XlsxBook;
import java.util.ArrayList;
import java.util.List;

/**
 * The file a kelurahan clerk starts from: the columns the upload reader knows, in a sensible order, one example row
 * and, in the workbook, a sheet of notes. The example's NIK has serial 0000, which no KTP carries, so a template
 * uploaded with the example left in refuses that row (NIK_SERIAL) instead of registering a person who does not exist.
 */
final class UploadTemplate {

    /** The columns offered, in this order; all others are still read when a clerk adds them. */
    static final List<Field> COLUMNS = List.of(Field.NIK, Field.NAME, Field.BIRTH_DATE, Field.SEX, Field.OCCUPATION,
            Field.KELURAHAN, Field.KECAMATAN, Field.RT, Field.RW, Field.ADDRESS, Field.PHONE, Field.DESIL,
            Field.DISABILITY, Field.BREADWINNER);

    static final List<String> EXAMPLE = List.of("3375015708800000", "CONTOH - hapus baris ini", "17/08/1980", "P",
            "Buruh batik", "Medono", "Pekalongan Barat", "001", "002", "Jl. Contoh No. 1", "081234567890", "1",
            "Tidak", "Ya");

    private static final List<String> GENERAL = List.of(
            "Urutan kolom bebas; kolom lain yang ditambahkan disimpan apa adanya.",
            "Baris contoh (NIK dengan nomor urut 0000) selalu ditolak; hapus sebelum mengunggah.",
            "Simpan sebagai .xlsx, atau CSV UTF-8 dengan pemisah ; atau , lalu unggah di menu Unggah berkas.");

    private static String note(Field field) {
        return switch (field) {
            case NIK -> "16 angka sesuai KTP. Format kolom sebagai Teks sebelum mengetik, agar Excel tidak"
                    + " mengubahnya menjadi 3,37501E+15 (digit terakhir hilang).";
            case NAME -> "Sesuai KTP.";
            case BIRTH_DATE -> "Hari/bulan/tahun, misalnya 17/08/1980. Boleh juga satu kolom Tempat/Tgl Lahir"
                    + " (Pekalongan, 17-08-1980).";
            case SEX -> "L atau P. Kolom ini boleh dihapus: bila tidak ada, jenis kelamin diambil dari NIK.";
            case OCCUPATION -> "Salah satu pekerjaan program, misalnya tukang becak, penggali kubur, buruh batik.";
            case KELURAHAN -> "Nama kelurahan di Kota Pekalongan. Boleh tidak ada bila berkas diunggah untuk satu"
                    + " kelurahan.";
            case KECAMATAN -> "Boleh kosong; diambil dari kelurahan.";
            case DESIL, DISABILITY, BREADWINNER -> "Boleh kosong. Desil 1 (DTKS), Disabilitas Ya atau Tulang"
                    + " Punggung Ya memberi prioritas dalam daftar tunggu.";
            default -> "Boleh kosong.";
        };
    }

    private UploadTemplate() {
    }

    static List<String> header() {
        return COLUMNS.stream().map(f -> f == Field.BIRTH_DATE ? "Tanggal Lahir" : f.label()).toList();
    }

    /** ';' and a byte-order mark: what Excel set to Indonesian opens without a wizard. */
    static byte[] csv() {
        return SpreadsheetCsv.write(List.of(header(), EXAMPLE), SpreadsheetCsv.EXCEL_INDONESIA, true);
    }

    static byte[] xlsx() {
        List<XlsxBook.Cell> example = new ArrayList<>();
        for (int i = 0; i < EXAMPLE.size(); i++) {
            // Every cell text: an RT of "001" keeps its zeros and the NIK all its digits.
            example.add(XlsxBook.digits(EXAMPLE.get(i)));
        }
        List<List<XlsxBook.Cell>> notes = new ArrayList<>();
        notes.add(List.of(XlsxBook.title("Petunjuk pengisian daftar calon peserta Batik Berlian")));
        notes.add(List.of());
        notes.add(List.of(XlsxBook.header("Kolom"), XlsxBook.header("Wajib"), XlsxBook.header("Keterangan")));
        for (int i = 0; i < COLUMNS.size(); i++) {
            Field f = COLUMNS.get(i);
            boolean required = f.alwaysRequired() || f == Field.BIRTH_DATE;
            notes.add(List.of(XlsxBook.text(header().get(i)), XlsxBook.text(required ? "Ya" : "Tidak"),
                    XlsxBook.text(note(f))));
        }
        notes.add(List.of());
        GENERAL.forEach(line -> notes.add(List.of(XlsxBook.text(line))));
        List<Integer> widths = COLUMNS.stream().map(f -> f == Field.NIK || f == Field.NAME ? 24 : 14).toList();
        return XlsxBook.write(List.of(
                new XlsxBook.Sheet("Daftar", widths, List.of(header().stream().map(XlsxBook::header).toList(),
                        example)),
                new XlsxBook.Sheet("Petunjuk", List.of(18, 8, 100), notes)));
    }
}
