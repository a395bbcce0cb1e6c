package id.pekalongan.batikberlian.domain.nik;

/** The outcome of reading one NIK cell: either a structurally valid {@link Nik} or an {@link InvalidNik}. */
public sealed interface NikParseResult permits Nik, InvalidNik {

    /** The value as it may be shown in reports and logs. */
    String masked();

    default boolean isValid() {
        return this instanceof Nik;
    }
}
