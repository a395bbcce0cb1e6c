/**
 * The NIK (Nomor Induk Kependudukan): {@code PP KK SS DD MM YY NNNN}.
 *
 * <p>{@link id.pekalongan.batikberlian.domain.nik.NikParser} reads a raw cell into a
 * {@link id.pekalongan.batikberlian.domain.nik.Nik} or an {@link id.pekalongan.batikberlian.domain.nik.InvalidNik}
 * with a stable reason code. A NIK is personal data (UU PDP 27/2022): everything here that may reach a report or
 * a log is masked, and a masked value never shows more than 8 digits.
 */
package id.pekalongan.batikberlian.domain.nik;
