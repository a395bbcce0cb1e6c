/**
 * Reading kelurahan upload files (CSV or XLSX) into {@link id.pekalongan.batikberlian.domain.upload.RawRow}s, pure
 * Java with no AWS or Spring.
 *
 * <p>Entry point: {@link id.pekalongan.batikberlian.domain.upload.UploadReader#open}. The outcome is either
 * {@code Readable} (header mapping plus a lazy row stream, to be closed) or {@code Rejected} (a file-level
 * {@link id.pekalongan.batikberlian.domain.upload.ReasonCode} and a message in Bahasa Indonesia).
 *
 * <p>Decisions, each documented where it is implemented:
 * <ul>
 *   <li>Format from content, not name: PDF, old .xls, HTML/XML, binary and non-workbook ZIPs are refused whole.</li>
 *   <li>Encoding: BOM (UTF-8, UTF-16 LE/BE), else UTF-8 if the whole file is valid UTF-8, else Windows-1252.</li>
 *   <li>Delimiter: most frequent of tab, semicolon, comma in the header line, outside quotes.</li>
 *   <li>Blank rows (all cells empty) are skipped; row numbers remain the spreadsheet's.</li>
 *   <li>Records are capped at {@link id.pekalongan.batikberlian.domain.upload.Limits#MAX_RECORD_CHARS}
 *       (ROW_TOO_LONG, or HEADER_TOO_LONG for the header); a stray quote costs exactly its own row
 *       (ROW_UNBALANCED_QUOTES), see {@code CsvRecordReader}.</li>
 *   <li>Cell counts (CSV): short rows and filled extra cells are ROW_CELL_COUNT; empty extra cells are tolerated.</li>
 *   <li>Duplicate header columns: a conflict for required fields (file refused), an extra unknown column otherwise.</li>
 *   <li>Values stay text in {@code RawRow}; {@code DateParser}, {@code SexParser} and {@code FlagParser} interpret
 *       them. Bare Excel serials in text and two-digit years are refused with their own codes.</li>
 * </ul>
 */
package id.pekalongan.batikberlian.domain.upload;
