package id.pekalongan.batikberlian.domain.ingest;

import id.pekalongan.batikberlian.domain.eligibility.Candidate;
import id.pekalongan.batikberlian.domain.nik.Nik;
import id.pekalongan.batikberlian.domain.reference.Kelurahan;
import id.pekalongan.batikberlian.domain.upload.RawRow;

/** What the checks at ingestion make of one row: a candidate to register, or a row the clerk must fix. */
public sealed interface RowVerdict {

    int rowNumber();

    record Accepted(int rowNumber, Candidate candidate, Nik nik, Kelurahan kelurahan, RawRow row)
            implements RowVerdict {
    }

    /**
     * @param maskedNik the row's NIK as far as it can be shown ({@code 3375********0001})
     * @param code      a stable reason code
     * @param field     the column at fault, in the clerk's words
     * @param message   in Bahasa Indonesia: which value, and what to do
     */
    record Rejected(int rowNumber, String maskedNik, String name, String code, String field, String message)
            implements RowVerdict {
    }
}
