package id.pekalongan.batikberlian.domain.upload;

/**
 * The file could not be read to its end after rows were already handed out (an I/O failure of the underlying file).
 * Structural damage is found before {@link ReadOutcome.Readable} is returned, so this should only follow a failing
 * disk or a file changed while being read; the caller must then treat the whole upload as failed.
 */
public final class UploadReadException extends RuntimeException {

    private final ReasonCode code;

    public UploadReadException(ReasonCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ReasonCode code() {
        return code;
    }
}
