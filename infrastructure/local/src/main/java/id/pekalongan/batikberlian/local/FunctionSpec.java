package id.pekalongan.batikberlian.local;

/** A function as the template declares it. */
record FunctionSpec(String name, String definition, int timeoutSeconds, int memoryMb) {
}
