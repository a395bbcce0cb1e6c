package id.pekalongan.batikberlian.domain.upload;

/** A workbook that cannot be read; carries the file-level reason. */
final class XlsxException extends Exception {

    private final ReasonCode code;

    XlsxException(ReasonCode code, String message) {
        super(message);
        this.code = code;
    }

    XlsxException(ReasonCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    ReasonCode code() {
        return code;
    }
}
