package id.pekalongan.batikberlian.dynamodb;

/** One key attribute: its name and scalar type (S, N or B). */
record KeyDef(String name, String type) {
}
