package id.pekalongan.batikberlian.local;

/** The account and region the local stack pretends to be: Jakarta, where the city's stack would run. */
final class LocalAccount {

    static final String ID = "000000000000";
    static final String REGION = "ap-southeast-3";
    static final String STACK_NAME = "batik-berlian";

    private LocalAccount() {
    }
}
