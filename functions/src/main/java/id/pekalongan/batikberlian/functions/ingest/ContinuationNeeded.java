package id.pekalongan.batikberlian.functions.ingest;

/**
 * The invocation's time ran low before the file's last row and no fresh invocation could take the rest (none was
 * asked for, or Lambda did not accept it). Everything up to the checkpoint is stored; the delivery is repeated and
 * the next run recognises the stored rows instead of writing them again.
 */
public final class ContinuationNeeded extends RuntimeException {

    public ContinuationNeeded(String uploadId, long rowsDone) {
        super("upload " + uploadId + " continues in a new invocation after row " + rowsDone);
    }

    public ContinuationNeeded(String uploadId, long rowsDone, Throwable handOffFailure) {
        super("upload " + uploadId + " continues in a retry after row " + rowsDone
                + ": no fresh invocation could be started", handOffFailure);
    }
}
