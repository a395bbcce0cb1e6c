package id.pekalongan.batikberlian.domain.participant;

/**
 * Where the worker lives and can be reached.
 *
 * @param kelurahanCode the matched kelurahan's code, e.g. {@code 33.75.01.1004}
 */
public record Residence(String kelurahanCode, String kecamatanCode, String rt, String rw, String address,
                        String phone) {
}
