package id.pekalongan.batikberlian.domain.upload;

/** Sex as recorded on the KTP. */
public enum Sex { MALE, FEMALE }
