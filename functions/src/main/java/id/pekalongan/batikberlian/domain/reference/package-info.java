/**
 * Reference data owned by the project: the kelurahan and kecamatan of Kota Pekalongan, the kecamatan of the
 * surrounding Kabupaten Pekalongan (so a clerk hears "outside the city" rather than "unknown"), and the programme's
 * effective-dated occupation list. The data lives in {@code src/main/resources/reference/*.csv}; staff extend it
 * there.
 */
package id.pekalongan.batikberlian.domain.reference;
